// Faults: a pure helper imports browser code and a node:* module. Another helper is allowed.
import "./other";
import "../browser/panel";
import "node:path";
