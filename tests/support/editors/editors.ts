/**
 * The newsletter editors the paste test pastes into, bundled from npm at test time
 * (tests/support/editors/index.ts): Tiptap with its starter kit (ProseMirror), Quill and
 * Lexical with rich text, lists and links — each as a writer would get it, with no
 * configuration of what it keeps from a paste.
 */
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Quill from "quill";
import { createEditor } from "lexical";
import { HeadingNode, QuoteNode, registerRichText } from "@lexical/rich-text";
import { ListItemNode, ListNode, registerList } from "@lexical/list";
import { AutoLinkNode, LinkNode } from "@lexical/link";

function mount(name: string): HTMLElement {
  const box = document.createElement("section");
  box.innerHTML = `<h2>${name}</h2>`;
  const host = document.createElement("div");
  host.dataset["editor"] = name;
  box.append(host);
  document.body.append(box);
  return host;
}

new Editor({ element: mount("tiptap"), extensions: [StarterKit] });

new Quill(mount("quill"));

const lexicalRoot = mount("lexical");
lexicalRoot.contentEditable = "true";
const lexical = createEditor({
  namespace: "paste-test",
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
  onError: (error) => {
    throw error;
  },
});
lexical.setRootElement(lexicalRoot);
registerRichText(lexical);
registerList(lexical);

document.body.dataset["ready"] = "";
