// Fault: build code imports the browser entry. A browser module, node:* and a helper are allowed.
import "node:fs";
import "../lib/other";
import "../browser/panel";
import "../browser/page-boot";
