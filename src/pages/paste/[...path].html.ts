import type { APIRoute } from "astro";
import { toPasteHtml } from "@/build/copies/email";
import { emailDoc, portableRoutes, type PortableRoute } from "@/build/copies/portable";

/** The paste copy ("Copy for newsletter") of every explainer and card: /paste/<slug>.html, … */
export const getStaticPaths = portableRoutes;

export const GET: APIRoute = ({ props }) =>
  new Response(toPasteHtml(emailDoc(props as PortableRoute)), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
