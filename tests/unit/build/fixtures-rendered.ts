// What the MDX components render, in miniature: the input of the sections, embed and email code.
export const cite = (n: number, use = 1) =>
  `<sup class="ml-0.5"><a id="cite-${n}-${use}" href="#source-${n}" aria-label="Source ${n}" data-pagefind-ignore>[${n}]</a></sup>`;

export const term = (id: string, text: string) =>
  `<span class="whitespace-normal"><a href="/glossary/#${id}">${text}</a><button type="button" popovertarget="def-${id}-1"><span aria-hidden="true">?</span><span class="sr-only">Definition: ${text}</span></button><span id="def-${id}-1" popover role="note"><strong>${text}</strong><span>The definition of ${text}.</span><a href="/glossary/#${id}">Glossary entry</a></span></span>`;

export const quote = `<figure class="not-prose"><blockquote cite="https://example.org/a"><p>“We aim high”</p></blockquote><figcaption>— Minoru Kihara, at a press conference, as reported by <cite>Japan Today</cite></figcaption></figure>`;

export const drawing = `<figure class="not-prose"><figcaption>Editions of the strategy</figcaption><ul aria-label="Key"><li><svg viewBox="0 0 1 1" aria-hidden="true"><path d="M0 0"/></svg>Law</li></ul><svg viewBox="0 0 10 10" role="img"><title>A timeline</title><text>2013</text></svg><details><summary>Text version of this figure</summary><ol><li><time datetime="2013-06-10">10 June 2013</time> — First strategy</li><li>2015 — Second strategy</li></ol></details></figure>`;

export const timelineEvent = `<ol class="not-prose"><li class="relative"><span aria-hidden="true" class="absolute"></span><h3 id="event-x"><time datetime="2013" class="block text-sm">2013</time>First strategy</h3><p>It began.</p><p><span class="sr-only">Kind: policy. </span>Source: <a href="http://www.kantei.go.jp/a.html" hreflang="ja">Kantei</a></p></li></ol>`;

/** A small explainer body: an introduction and two ## sections. */
export const body =
  `<p>Intro text. ${cite(1)}</p>\n` +
  `<h2 id="first">First section</h2>\n<p>The ${term("nisc", "NISC")} was set up. ${cite(1, 2)}${cite(2)} Then more.</p>\n${quote}\n` +
  `<h2 id="second">Second &amp; last</h2>\n<p>See <a href="#first">above</a> and <a href="https://example.org/x">a report</a>. ${cite(3)}</p>\n${drawing}`;
