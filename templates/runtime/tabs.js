// tabs.js: reveals. Turns each body's tabs (panels under their titles, as the build writes them) into the WAI-ARIA
// tabs pattern: automatic activation, Left/Right/Home/End, one tab in the Tab order. Before printing, each
// accordion closed is opened, and closed again after. Both are written by the Markdown (Rendering/Markdown/
// RevealsExtension.cs), so their components name the class of their roots.
sb.component('tabs', (tabs, { doc }) => {
  function upgrade() {
    const panels = Array.from(tabs.children).filter(child => child.classList.contains('sb-tab-panel'));
    const list = doc.createElement('div');
    list.setAttribute('role', 'tablist');
    list.className = 'sb-tablist';
    const label = headingBefore(tabs);
    if (label) {
      list.setAttribute('aria-labelledby', label.id);
    }
    const buttons = panels.map((panel, index) => {
      const title = panel.querySelector('.sb-tab-title');
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'sb-tab';
      button.id = panel.id + '-tab';
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-controls', panel.id);
      button.textContent = title ? title.textContent : String(index + 1);
      button.addEventListener('click', () => select(index, false));
      list.appendChild(button);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', button.id);
      panel.tabIndex = 0;
      return button;
    });

    function select(index, focus) {
      buttons.forEach((button, i) => {
        const selected = i === index;
        button.setAttribute('aria-selected', String(selected));
        button.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) {
        buttons[index].focus();
      }
    }

    list.addEventListener('keydown', event => {
      const current = buttons.indexOf(doc.activeElement);
      if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      const last = buttons.length - 1;
      const next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1,
        Home: 0, End: last }[event.key];
      if (next === undefined) {
        return;
      }
      event.preventDefault();
      select(next, true);
    });
    tabs.insertBefore(list, tabs.firstChild);
    tabs.classList.add('sb-tabs-ready');
    select(0, false);
  }

  // The tab list is named by the heading the tabs follow, or else by the part's title.
  function headingBefore(tabs) {
    for (let element = tabs.previousElementSibling; element; element = element.previousElementSibling) {
      if (/^H[1-6]$/.test(element.tagName) && element.id) {
        return element;
      }
    }
    const part = tabs.closest('.sb-part');
    return part && part.querySelector('h1[id]');
  }

  if (!tabs.classList.contains('sb-tabs-ready')) {
    upgrade();
  }
  return {};
}, '.sb-tabs');

// Printed, every reveal is open: a closed one would hide its content from the paper for good.
sb.component('reveal', (details, { win }) => {
  let opened = false;
  win.addEventListener('beforeprint', () => {
    opened = !details.open;
    details.open = true;
  });
  win.addEventListener('afterprint', () => {
    if (opened) {
      details.open = false;
    }
    opened = false;
  });
  return {};
}, 'details.sb-reveal');
