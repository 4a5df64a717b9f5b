/**
 * Browser code for embed pages. It works in an opaque-origin sandbox
 * (`sandbox="allow-scripts"`): no storage, no fetches, only messages up.
 */
/**
 * Tells the parent page the embed's height whenever it changes, so the host
 * can size the frame with no inner scrollbar. Also speaks WordPress's embed
 * protocol (`{message: "height", value, secret}`) when WordPress framed it.
 * The message type comes from the root's `data-embed-root` (set from
 * `embedMessageType`), so this script imports nothing and is inlined.
 */
export function reportHeight(root: HTMLElement): void {
  const type = root.dataset["embedRoot"];
  if (window.parent === window) return;
  const secret = /[#&?]secret=([\w-]+)/.exec(location.hash)?.[1];
  let last = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type, height }, "*");
    if (secret) window.parent.postMessage({ message: "height", value: height, secret }, "*");
  };
  new ResizeObserver(send).observe(root);
  send();
}

/**
 * Places an open definition popover under (or above) the term that opened it:
 * a frame as tall as its content has no viewport to centre a popover in.
 */
export function placePopovers(): void {
  document.addEventListener(
    "toggle",
    (event) => {
      const popover = event.target as HTMLElement;
      if ((event as ToggleEvent).newState !== "open" || !popover.id) return;
      const invoker = document.querySelector(`[popovertarget="${CSS.escape(popover.id)}"]`);
      if (!invoker) return;
      const at = invoker.getBoundingClientRect();
      const width = popover.offsetWidth;
      const height = popover.offsetHeight;
      const below = at.bottom + 6 + height <= innerHeight || at.top < height + 6;
      Object.assign(popover.style, {
        inset: "auto",
        margin: "0",
        top: `${below ? at.bottom + 6 : at.top - height - 6}px`,
        left: `${Math.max(8, Math.min(at.left, innerWidth - width - 8))}px`,
      });
    },
    true,
  );
}
