// Scripts may import build code and helpers (allowed); the browser entry they may not (fault).
import "../build/step";
import "../lib/other";
import "../browser/page-boot";
