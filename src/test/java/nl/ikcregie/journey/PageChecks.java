package nl.ikcregie.journey;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks run in the page (through Playwright's evaluate, which the Content-Security-Policy does not
 * govern): what a keyboard user meets when tabbing through a page, how a form announces its errors,
 * and whether a narrow or zoomed page scrolls sideways or clips its content. Each returns what it found
 * wrong, in words; an empty list is a pass.
 */
final class PageChecks {

    private PageChecks() {
    }

    /** Shared functions: a readable name for an element, whether it can be seen, its focus-related style. */
    private static final String HELPERS = """
            const describe = el => {
              if (!el || el === document.body) return 'the page itself';
              const text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\\s+/g, ' ');
              return '<' + el.tagName.toLowerCase() + (el.id ? ' id=' + el.id : '') + '> "' + text.substring(0, 50) + '"';
            };
            const visible = el => {
              if (el.closest('[hidden],[aria-hidden="true"],[inert]')) return false;
              const s = getComputedStyle(el);
              const r = el.getBoundingClientRect();
              return s.visibility === 'visible' && s.display !== 'none' && parseFloat(s.opacity) > 0
                  && r.width >= 2 && r.height >= 2
                  && r.right > 0 && r.left < document.documentElement.scrollWidth && r.bottom + scrollY > 0;
            };
            const focusStyle = el => {
              const s = getComputedStyle(el);
              return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
                       outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
                       boxShadow: s.boxShadow, border: s.borderTopColor + ' ' + s.borderTopWidth + ' ' + s.borderBottomColor,
                       background: s.backgroundColor, color: s.color,
                       decoration: s.textDecorationLine + ' ' + s.textDecorationThickness };
            };
            """;

    /** Starts a walk: nothing has the focus and the page is at its top. */
    static void startFocusWalk(Page page) {
        page.evaluate("() => { window.__walk = []; if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0); }");
    }

    /**
     * Records the element that has the focus now; false once the focus is back on the page itself or on
     * an element it already visited (the walk went round).
     */
    static boolean recordFocus(Page page) {
        return (Boolean) page.evaluate("() => {" + HELPERS + """
                  const el = document.activeElement;
                  if (!el || el === document.body || el === document.documentElement) return false;
                  if (window.__walk.some(w => w.el === el)) return false;
                  const r = el.getBoundingClientRect();
                  window.__walk.push({ el, name: describe(el), visible: visible(el), tabindex: el.getAttribute('tabindex'),
                      top: r.top + scrollY, bottom: r.bottom + scrollY, focused: focusStyle(el) });
                  return true;
                }""");
    }

    /** What the walk visited, in order. */
    @SuppressWarnings("unchecked")
    static List<String> walked(Page page) {
        return (List<String>) page.evaluate("() => window.__walk.map(w => w.name)");
    }

    /**
     * Judges the walk: no positive tabindex, never a hidden element, the order of the page's source
     * and never back up the screen, and for every element a focus indicator that its unfocused state
     * lacks (an outline of at least 2px, or a changed shadow, border or background).
     */
    @SuppressWarnings("unchecked")
    static List<String> judgeFocusWalk(Page page) {
        return new ArrayList<>((List<String>) page.evaluate("() => {" + HELPERS + """
                  if (document.activeElement) document.activeElement.blur();
                  const problems = [];
                  const walk = window.__walk;
                  walk.forEach((w, i) => {
                    if (w.tabindex !== null && parseInt(w.tabindex, 10) > 0) problems.push(w.name + ': positive tabindex ' + w.tabindex);
                    if (!w.visible) problems.push(w.name + ': the focus lands on an element that cannot be seen');
                    const before = focusStyle(w.el);
                    const f = w.focused;
                    const indicator = (f.outlineStyle !== 'none' && f.outlineWidth >= 2 && f.outline !== before.outline)
                        || (f.boxShadow !== 'none' && f.boxShadow !== before.boxShadow)
                        || f.border !== before.border || f.background !== before.background;
                    if (!indicator) problems.push(w.name + ': no visible focus indicator (outline ' + f.outline
                        + ', shadow ' + f.boxShadow + '; unfocused ' + before.outline + ', ' + before.boxShadow + ')');
                    if (i > 0) {
                      const p = walk[i - 1];
                      if (!(p.el.compareDocumentPosition(w.el) & Node.DOCUMENT_POSITION_FOLLOWING))
                        problems.push(w.name + ' gets the focus after ' + p.name + ' but comes before it in the page');
                      if (w.bottom < p.top) problems.push('the focus jumps up the screen from ' + p.name + ' to ' + w.name);
                    }
                  });
                  return problems;
                }"""));
    }

    /** Whether the element that has the focus can be seen inside the viewport. */
    static boolean focusedElementInView(Page page) {
        return (Boolean) page.evaluate("() => {" + HELPERS + """
                  const el = document.activeElement;
                  const r = el.getBoundingClientRect();
                  return visible(el) && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
                }""");
    }

    /** A readable name of the element that has the focus. */
    static String focused(Page page) {
        return (String) page.evaluate("() => {" + HELPERS + " return describe(document.activeElement); }");
    }

    /**
     * After a failed submission: the error summary at the top has the focus; each of its links points
     * ({@code href="#id"}) to an element on the page; a field it points to has {@code aria-invalid="true"}
     * and an {@code aria-describedby} naming its visible error message (a group of fields names it from
     * its fieldset). Every error message beside a field is named by some field or group.
     */
    @SuppressWarnings("unchecked")
    static List<String> errorSummary(Page page, boolean focusExpected) {
        return new ArrayList<>((List<String>) page.evaluate("focusExpected => {" + HELPERS + """
                  const problems = [];
                  const summary = document.getElementById('foutmeldingen');
                  if (!summary) return ['no error summary (#foutmeldingen) at the top of the page'];
                  if (focusExpected && document.activeElement !== summary)
                    problems.push('the error summary does not have the focus; ' + describe(document.activeElement) + ' has');
                  const describedBy = el => (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
                      .map(id => document.getElementById(id)).filter(Boolean);
                  const isError = el => /error|fout/i.test(el.className + ' ' + el.id) && el.textContent.trim() && visible(el);
                  for (const link of summary.querySelectorAll('a')) {
                    const href = link.getAttribute('href') || '';
                    if (!href.startsWith('#') || href.length < 2) { problems.push('summary link "' + link.textContent.trim() + '" points to ' + href + ', not to a field'); continue; }
                    const target = document.getElementById(decodeURIComponent(href.substring(1)));
                    if (!target) { problems.push('summary link ' + href + ': nothing on the page has that id'); continue; }
                    if (target.matches('input, select, textarea')) {
                      if (target.getAttribute('aria-invalid') !== 'true') problems.push(href + ': the field lacks aria-invalid="true"');
                      if (!describedBy(target).some(isError)) problems.push(href + ': aria-describedby names no visible error message');
                    } else if (target.matches('fieldset, [role=group], [role=radiogroup]')) {
                      if (!describedBy(target).some(isError)) problems.push(href + ': the group\\'s aria-describedby names no visible error message');
                    } else if (!isError(target)) {
                      problems.push(href + ': points to ' + describe(target) + ', neither a field nor its error message');
                    }
                  }
                  for (const message of document.querySelectorAll('.utrecht-form-field-error-message')) {
                    if (!visible(message)) continue;
                    const named = message.id && document.querySelector('[aria-describedby~="' + CSS.escape(message.id) + '"]');
                    if (!named) problems.push('error message "' + message.textContent.trim().substring(0, 60) + '" is not named by the aria-describedby of its field');
                  }
                  return problems;
                }""", focusExpected));
    }

    /**
     * At the current width: the page does not scroll sideways, and nothing that can be seen is cut off,
     * neither by a box that hides its overflow nor by running off the side of the page (content inside
     * a box that scrolls by itself, such as a wide table, is fine).
     */
    @SuppressWarnings("unchecked")
    static List<String> reflow(Page page) {
        return new ArrayList<>((List<String>) page.evaluate("() => {" + HELPERS + """
                  const problems = [];
                  const root = document.documentElement;
                  const overflow = root.scrollWidth - root.clientWidth;
                  if (overflow > 0) problems.push('the page scrolls ' + overflow + 'px sideways');
                  const scrolls = el => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                      const x = getComputedStyle(a).overflowX; if (x === 'auto' || x === 'scroll') return true; } return false; };
                  const hidden = v => v === 'hidden' || v === 'clip';
                  const seen = new Set();
                  for (const el of document.body.querySelectorAll('*')) {
                    if (seen.size > 10) break;
                    // a field scrolls its own text; a meter draws its own bar
                    if (!visible(el) || el.matches('input, select, textarea, meter, option')) continue;
                    const s = getComputedStyle(el);
                    const r = el.getBoundingClientRect();
                    if ((hidden(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hidden(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
                      if (!seen.has(el)) { seen.add(el); problems.push(describe(el) + ' cuts off its content (' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight + ')'); }
                    }
                    if ((r.right > root.clientWidth + 1 || r.left < -1) && !scrolls(el) && el.children.length === 0 && el.textContent.trim()) {
                      seen.add(el); problems.push(describe(el) + ' runs off the page (' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + root.clientWidth + 'px)');
                    }
                  }
                  return problems;
                }"""));
    }
}
