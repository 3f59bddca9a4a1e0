import { describe, expect, it } from "vitest";
import { codeBlocks } from "./codeBlocks.ts";

describe("codeBlocks(html)", () => {
  it("returns the text of each code block, highlighting spans removed and entities decoded", () => {
    const html = `<p>x</p><pre class="astro-code" tabindex="0" data-language="js"><code><span class="line"><span style="color:#F97583">N</span><span> = </span><span>70e9</span></span>
<span class="line"><span>md\`&lt;b&gt; &amp; &#x27;q&#x27; \${N}\`</span></span></code></pre>
<pre><code class="language-js">D = 20 * N
</code></pre>`;
    expect(codeBlocks(html)).toEqual(["N = 70e9\nmd`<b> & 'q' ${N}`", "D = 20 * N"]);
  });
});
