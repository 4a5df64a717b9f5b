// The fixture's browser entry: imports a browser module (allowed).
import "./panel";
