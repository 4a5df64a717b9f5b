import type { APIRoute } from "astro";
import { ownNumbers, toEmailText } from "@/build/copies/email";
import { emailDoc, portableRoutes, type PortableRoute } from "@/build/copies/portable";

/** The plain text beside the paste copy, its citations numbered like it: /paste/<slug>.txt, … */
export const getStaticPaths = portableRoutes;

export const GET: APIRoute = ({ props }) =>
  new Response(toEmailText(ownNumbers(emailDoc(props as PortableRoute))), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
