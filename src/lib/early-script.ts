/**
 * The one inline script every prerendered page carries, in <head> before the stylesheet. It runs
 * before the page paints and before the app starts: it reads the stored settings (see
 * preferences.ts), ignores anything it does not recognise or that the story has no place for
 * (checked against the same limits as the app), and puts them on <html>: data-theme, and for
 * the spoiler shield data-shield, data-read (the volumes read), data-seen (the seasons watched in
 * full) and data-seen-ep (the episodes watched of a season begun). The stylesheet then hides what
 * the reader has not reached from the very first frame. The CSP allows it by its sha256 hash.
 *
 * Kept in step with preferences.ts and reveal.ts by a unit test that runs it against stored values.
 */
import type { StoryLimits } from './preferences';

export function earlyScript(limits: StoryLimits): string {
  // Episodes per screen, by number (index 0 unused; 0 for a screen without episodes).
  const episodes = [0];
  for (const s of limits.screens) episodes[s.number] = s.episodes ?? 0;
  const counts = Array.from({ length: episodes.length }, (_, i) => episodes[i] ?? -1);
  return (
    '(function(){try{var d=document.documentElement,s=localStorage,t=s.getItem("hs-theme"),' +
    'p=/^(\\d)\\.(\\d)(?:\\.([1-9]\\d?))?$/.exec(s.getItem("hs-progress")||""),r=[],w=[],e=[],i,n,' +
    `V=${limits.volumes},E=${JSON.stringify(counts)};` +
    'if(t==="light"||t==="dark")d.setAttribute("data-theme",t);' +
    'if(p&&+p[1]<=V&&(p[2]==="0"||E[+p[2]]>=0)&&!(p[3]&&!(E[+p[2]]>=+p[3]))){' +
    'for(i=1;i<=+p[1];i++)r.push(i);' +
    'n=p[3]?+p[2]-1:+p[2];for(i=1;i<=n;i++)w.push(i);' +
    'if(p[3])for(i=1;i<=+p[3];i++)e.push(p[2]+"-"+i);' +
    'd.setAttribute("data-shield","");d.setAttribute("data-read",r.join(" "));' +
    'd.setAttribute("data-seen",w.join(" "));d.setAttribute("data-seen-ep",e.join(" "))}' +
    '}catch(x){}})()'
  );
}
