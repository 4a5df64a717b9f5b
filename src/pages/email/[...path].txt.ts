import type { APIRoute } from "astro";
import { toEmailText } from "@/build/copies/email";
import { emailDoc, portableRoutes, type PortableRoute } from "@/build/copies/portable";

/** Plain text of every explainer and card: /email/<slug>.txt, /email/<slug>/<card>.txt. */
export const getStaticPaths = portableRoutes;

export const GET: APIRoute = ({ props }) =>
  new Response(toEmailText(emailDoc(props as PortableRoute)), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
