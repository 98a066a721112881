/**
 * The one inline script every prerendered page carries, in <head> before the stylesheet. It runs
 * before the page paints and before the app starts: it reads the stored settings (see
 * preferences.ts), ignores anything it does not recognise or that the story has no place for
 * (checked against the same limits as the app), and puts them on <html>:
 *
 *   data-theme                         light or dark, when chosen
 *   data-all                           the reader asked to see everything
 *   data-read, data-seen, data-seen-ep the volumes read, seasons watched in full, episodes watched
 *   data-ask                           no choice yet: nothing tagged shows, and the page asks
 *
 * The stylesheet then shows only what the reader has reached from the very first frame.
 *
 * It also answers the page's "How far have you got?" before the app's code has arrived (and
 * after: it is the one handler for those buttons): a click on an element with `data-level`
 * stores the choice ("all", "none", "v3" for read up to Volume 3, "s2" for watched season 2),
 * updates <html> and tells the app (an `hs-level` event on window). And a click on a
 * `data-reveal-all` button opens every spoiler of its section (or, for "page", of <main>).
 * It marks <html> with data-js, so the stylesheet shows those buttons only where they work.
 * And a click on a `data-replay` control marks it `data-clicked`, so a part of the page whose
 * code arrives later (a deferred part) can act on a click that came first.
 *
 * The CSP allows it by its sha256 hash. Kept in step with preferences.ts and reveal.ts by a unit
 * test that runs it against stored values and clicks.
 */
import type { StoryLimits } from './preferences';

export function earlyScript(limits: StoryLimits): string {
  // Episodes per screen, by number (index 0 unused; 0 for a screen without episodes; -1 for none).
  const episodes = [0];
  for (const s of limits.screens) episodes[s.number] = s.episodes ?? 0;
  const counts = Array.from({ length: episodes.length }, (_, i) => episodes[i] ?? -1);
  return (
    '(function(){try{var d=document.documentElement,s,' +
    // Storage that throws on access or use (private modes, blocked): as if empty.
    'g=function(k){try{return s.getItem(k)}catch(y){return null}},' +
    `V=${limits.volumes},E=${JSON.stringify(counts)},` +
    'R=/^(\\d)\\.(\\d)(?:\\.([1-9]\\d?))?$/,' +
    // P: a stored level, parsed and checked, or null.
    'P=function(v){var p=R.exec(v||"");return p&&+p[1]<=V&&(p[2]==="0"||E[+p[2]]>=0)&&!(p[3]&&!(E[+p[2]]>=+p[3]))?p:null},' +
    // A: puts a stored level on <html>.
    'A=function(v){var p=P(v),r=[],w=[],e=[],i,n;' +
    '["data-all","data-ask","data-read","data-seen","data-seen-ep"].forEach(function(a){d.removeAttribute(a)});' +
    'if(v==="all")return d.setAttribute("data-all","");' +
    'if(!p)return d.setAttribute("data-ask","");' +
    'for(i=1;i<=+p[1];i++)r.push(i);' +
    'n=p[3]?+p[2]-1:+p[2];for(i=1;i<=n;i++)w.push(i);' +
    'if(p[3])for(i=1;i<=+p[3];i++)e.push(p[2]+"-"+i);' +
    'd.setAttribute("data-read",r.join(" "));d.setAttribute("data-seen",w.join(" "));' +
    'd.setAttribute("data-seen-ep",e.join(" "))},' +
    't;try{s=localStorage}catch(y){}t=g("hs-theme");' +
    'if(t==="light"||t==="dark")d.setAttribute("data-theme",t);' +
    'A(g("hs-progress"));d.setAttribute("data-js","");' +
    'document.addEventListener("click",function(x){' +
    'var o=x.target&&x.target.closest&&x.target.closest("[data-reveal-all]"),b,q;' +
    // A control whose part of the page has no code yet keeps the click for when it has.
    'q=x.target&&x.target.closest&&x.target.closest("[data-replay]");if(q)q.setAttribute("data-clicked","");' +
    // "Show the spoilers in this section / on this page": open every disclosure there.
    'if(o){(o.closest(o.getAttribute("data-reveal-all")==="page"?"main":".spoiler-scope")||d)' +
    '.querySelectorAll("details[data-reveal]").forEach(function(e){e.open=true});return}' +
    'b=x.target&&x.target.closest&&x.target.closest("[data-level]");if(!b)return;' +
    'var c=b.getAttribute("data-level"),p=P(g("hs-progress")),' +
    // A volume or a season keeps the question open for the other axis, until "done".
    'k=c[0]==="v"||c[0]==="s";if(c==="done")return d.removeAttribute("data-asking");' +
    'm=p?[+p[1],p[3]?p[2]+"."+p[3]:p[2]]:[0,"0"],v=c==="all"?"all":c==="none"?"0.0":' +
    'c[0]==="v"?c.slice(1)+"."+m[1]:m[0]+"."+c.slice(1);' +
    'if(v!=="all"&&!P(v))return;' +
    'try{s.setItem("hs-progress",v)}catch(y){}A(v);' +
    'if(k)d.setAttribute("data-asking","");else d.removeAttribute("data-asking");' +
    // In the capture phase: React stops a click on a part still waiting for its code.
    'window.dispatchEvent(new CustomEvent("hs-level",{detail:v}))},true)' +
    '}catch(x){}})()'
  );
}
