/*
 * Lagebild – optional script for pages that embed Lagebild's views.
 * Sets each Lagebild iframe to the height its content reports, so that it
 * needs no scrollbar. An embed posts { "lagebild-height": { "<id>": <px> } };
 * a message counts only when it comes from an iframe of this page and from
 * that iframe's own origin. Plain script, no dependencies, nothing stored.
 */
(function () {
  'use strict';
  if (window.lagebildEmbeds) return;
  window.lagebildEmbeds = true;
  window.addEventListener('message', function (event) {
    var heights = event.data && event.data['lagebild-height'];
    if (!heights || typeof heights !== 'object') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        continue;
      }
      if (origin !== event.origin) continue;
      for (var id in heights) {
        var height = Number(heights[id]);
        if (height > 0 && height < 20000) frame.style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
