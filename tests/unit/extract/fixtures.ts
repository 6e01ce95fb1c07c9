/**
 * Small hand-written pages shaped like real news pages (chrome around an
 * article), for the extraction tests. Parsed with the test environment's
 * DOMParser, which never runs scripts.
 */

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** An RFE/RL-like article page: skip links, breaking bar, menu, video block, font-size tools, author box, legal notice. */
export const RFERL_LIKE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Lighthouse Keepers Return To Island Stations | Radio Example</title>
<meta property="og:title" content="Lighthouse Keepers Return To Island Stations">
<style>.wsw p { font-size: 18px }</style>
<script>window.dataLayer = [{ page: "article" }];</script>
</head><body>
<nav class="skip" aria-label="Accessibility links"><a href="#content">Skip to main content</a><a href="#menu">Skip to main Navigation</a></nav>
<div class="breaking" role="alert"><span>Breaking News</span> <a href="#">Storm closes harbor</a></div>
<header class="hdr" id="menu"><a href="#">Radio Example</a><a href="#">World</a><a href="#">Economy</a><a href="#">Regions</a>
  <form role="search"><input type="search" placeholder="Search"></form></header>
<main id="content"><article>
  <h1 class="title pg-title">Lighthouse Keepers Return To Island Stations</h1>
  <div class="links"><a class="links__item" href="#">By Ana Example</a> <time datetime="2025-03-28">March 28, 2025</time></div>
  <div class="article-toolbar"><span class="fontsize">XS SM MD LG</span><button>Print</button></div>
  <div class="wsw" id="article-content">
    <p>The coast guard said on Tuesday that it would staff 12 remote lighthouses again, reversing a decision taken a decade ago to automate them.</p>
    <p>Officials said some <b>3,000</b> troops and volunteers had helped repair the towers, and that the work cost about <em>$4.5 million</em>, according to a budget report.</p>
    <p>“We saw ships come too close to the rocks,” said harbor master Lena Vik, who has worked on the island for 20 years. “People want a human on the tower.”</p>
    <div class="media-block" data-media-type="video">
      <h4 class="media-block__title">Watch: Keepers Climb The Old Tower</h4>
      <div class="player__msg">please wait</div>
      <div class="player__error">No media source currently available</div>
      <div class="player__time">0:00 0:02:23 0:00</div>
      <video src="keepers.mp4"></video>
    </div>
    <p>The first keepers will arrive in May, the agency said, and the remaining stations will follow by the end of the year.</p>
    <p>Critics argue the plan is expensive. A union spokesman said the salaries had not been agreed, and warned that rotations of four weeks were too long for families.</p>
    <p class="secret" hidden>This hidden paragraph is not part of the article.</p>
    <p>Local fishermen welcomed the news.<span style="display:none">Invisible tracking text</span><span aria-hidden="true">Decorative icon label</span></p>
    <script>document.write("script text is not article text");</script>
    <noscript>Enable JavaScript to see comments</noscript>
    <template><p>Template paragraph</p></template>
    <svg><text>Chart label</text></svg>
  </div>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <aside class="author"><strong>Ana Example</strong><p>Ana Example is a correspondent who has reported from the northern coast since 2014 and previously worked for a regional newspaper.</p></aside>
  <div class="disclaimer"><p>Radio Example has been declared an "undesirable organization" by some government.</p>
    <p>If you are in that country, please note that you could face fines for sharing our content.</p></div>
</article></main>
<footer><div class="font-size">XS SM MD LG</div><p>Copyright notice and links</p></footer>
</body></html>`;

/** A generic news page: site header, sidebar of links, story with list and quote, related links, comments, cookie banner. */
export const GENERIC_NEWS = `<!DOCTYPE html>
<html lang="de"><head><title>Bridge reopens after repairs - Example Times</title></head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. By continuing you accept our policy.</p><button>OK</button></div>
<div class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div class="layout">
  <div class="sidebar"><h3>Most read</h3><ul>
    <li><a href="/a">Mayor opens new library branch in the old post office</a></li>
    <li><a href="/b">Five things to know about the city budget this year</a></li>
    <li><a href="/c">Football club signs striker on three-year contract</a></li></ul></div>
  <div class="story-body">
    <h1>Bridge reopens after repairs</h1>
    <p>The city's main bridge reopened on Monday after 18 months of repairs, the transport department said, with traffic expected to return to normal within days.</p>
    <p>Engineers replaced 240 steel cables and resurfaced the deck. The project cost 35 million euros, about 10% more than planned, because of higher steel prices.</p>
    <blockquote>"This bridge carries 60,000 vehicles a day," the transport minister said. "Closing it was never an easy decision."</blockquote>
    <p>The repairs included:</p>
    <ul><li>new lighting along both footpaths, paid for by the region</li><li>a separate lane for bicycles on the northern side</li></ul>
    <p>Residents on the south bank, who had faced detours of up to 40 minutes, said they were relieved. Shops near the bridge reported that sales fell by a third during the closure.</p>
    <div class="related-links"><h4>Related</h4><ul><li><a href="/x">Bridge closure: what drivers need to know</a></li><li><a href="/y">Steel prices hit record high</a></li></ul></div>
  </div>
</div>
<div id="comments" class="comments"><h3>Comments</h3><p>Great news, finally! I drove across this morning and it took five minutes.</p></div>
<div class="footer">About us · Contact · Imprint</div>
</body></html>`;
