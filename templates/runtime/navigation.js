// navigation.js: one part on show at a time, moved between by links, the previous and next buttons and the
// contents menu, without unloading the page (and so the LMS session). Each component that asks hears a part
// being entered: `entering` before the visit is saved, `entered` after. The learner's place (the slices
// location and visited) is navigation's.
sb.navigation = ({ win, doc, course, store, components }) => {
  const { parts, partById } = course;
  const sections = new Map(parts.map(p => [p.id, doc.getElementById(p.id)]));
  const contents = doc.getElementById('sb-contents');
  const menuButton = doc.getElementById('sb-menu-button');
  const previousButton = doc.getElementById('sb-previous');
  const nextButton = doc.getElementById('sb-next');

  function go(id, target, initial) {
    const part = partById.get(id);
    if (!part) {
      return;
    }
    const changedPart = id !== store.get('location');
    store.update('location', () => id);
    // Only the sections whose state changes are touched: writing every section's hidden again makes the browser
    // restyle them all, which a slow phone feels on every page change.
    sections.forEach((section, partId) => {
      if (section && section.hidden !== (partId !== id)) {
        section.hidden = partId !== id;
        if (partId !== id) {
          section.querySelectorAll('video, audio').forEach(media => media.pause());
        }
      }
    });
    if (contents) {
      contents.querySelectorAll('a[aria-current]').forEach(a => a.removeAttribute('aria-current'));
      const link = contents.querySelector('li[data-part="' + id + '"] a');
      if (link) {
        link.setAttribute('aria-current', 'page');
      }
    }
    const index = parts.indexOf(part);
    if (previousButton) {
      previousButton.disabled = index === 0;
    }
    if (nextButton) {
      nextButton.disabled = index === parts.length - 1;
    }
    components.forEach(component => component.entering?.(id, changedPart));
    store.update('visited', visited => visited.add(id), { save: true });
    components.forEach(component => component.entered?.(id));
    if (initial) {
      return;
    }
    if (target) {
      if (!target.hasAttribute('tabindex')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus();
      target.scrollIntoView();
    } else {
      win.scrollTo(0, 0);
      const heading = sections.get(id) && sections.get(id).querySelector('h1');
      if (heading) {
        heading.focus({ preventScroll: true });
      }
    }
  }

  function setMenuOpen(open) {
    if (!contents || !menuButton) {
      return;
    }
    contents.classList.toggle('sb-collapsed', !open);
    menuButton.setAttribute('aria-expanded', String(open));
  }

  function wire() {
    doc.addEventListener('click', event => {
      const link = event.target instanceof win.Element ? event.target.closest('a[href^="#"]') : null;
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      const target = doc.getElementById(link.getAttribute('href').slice(1));
      const section = target && target.closest('.sb-part');
      if (!section || !partById.has(section.id)) {
        return;
      }
      event.preventDefault();
      go(section.id, target === section ? null : target, false);
      if (link.closest('#sb-contents')) {
        setMenuOpen(false);
      }
    });
    const step = delta => () => {
      const next = parts[parts.indexOf(partById.get(store.get('location'))) + delta];
      if (next) {
        go(next.id, null, false);
      }
    };
    if (previousButton) {
      previousButton.addEventListener('click', step(-1));
    }
    if (nextButton) {
      nextButton.addEventListener('click', step(1));
    }
    if (menuButton) {
      menuButton.addEventListener('click', () => setMenuOpen(menuButton.getAttribute('aria-expanded') !== 'true'));
      setMenuOpen(false);
    }
  }

  return { go, wire };
};
