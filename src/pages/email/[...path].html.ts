import type { APIRoute } from "astro";
import { toEmailHtml } from "@/build/copies/email";
import { emailDoc, portableRoutes, type PortableRoute } from "@/build/copies/portable";

/** Email-safe HTML of every explainer and card: /email/<slug>.html, /email/<slug>/<card>.html. */
export const getStaticPaths = portableRoutes;

export const GET: APIRoute = ({ props }) =>
  new Response(toEmailHtml(emailDoc(props as PortableRoute)), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
