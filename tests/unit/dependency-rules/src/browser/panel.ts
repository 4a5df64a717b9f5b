// Fault: browser code imports build code. The pure helper is allowed.
import "../lib/pure";
import "../build/step";
