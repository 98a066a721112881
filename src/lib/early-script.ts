/**
 * The one inline script every prerendered page carries, in <head> before the stylesheet. It runs
 * before the page paints and before the app starts: it reads the stored settings (see
 * preferences.ts), ignores anything it does not recognise, and puts them on <html> as
 * data-theme and data-hide, so the stylesheet shows the right theme and hides the spoilers the
 * reader has not reached from the very first frame. The CSP allows it by its sha256 hash.
 *
 * Kept in step with preferences.ts by a unit test that runs it against every stored value.
 */
export const EARLY_SCRIPT =
  '(function(){try{var d=document.documentElement,s=localStorage,t=s.getItem("hs-theme"),' +
  'p=/^([0-6])\\.([0-4])$/.exec(s.getItem("hs-progress")||""),h=[],v,c;' +
  'if(t==="light"||t==="dark")d.setAttribute("data-theme",t);' +
  'if(p)for(v=0;v<7;v++)for(c=0;c<5;c++)' +
  'if((v||c)&&!(v&&v<=+p[1]||c&&c<=+p[2]))h.push((v||"n")+"."+(c||"n"));' +
  'if(h.length)d.setAttribute("data-hide",h.join(" "))}catch(e){}})()';
