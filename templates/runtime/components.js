// components.js: the page's interactive pieces, each started on its own root element (GOV.UK Frontend's
// createAll). A module registers a component by name; the page marks each of its roots data-component="name"
// (or the component names the selector of roots written by Markdown); main.js creates every registered
// component on every root it finds. create(root, context) returns the instance: its named interface, and
// optionally entering(partId, changed) and entered(partId), which navigation calls around each page change.
sb.registered = sb.registered || [];

sb.component = (name, create, selector) => {
  sb.registered.push({ name, create, selector: selector || '[data-component="' + name + '"]' });
};

// Every registered component on every root under scope, in the order the modules registered them, then the
// order of the page. Returns the instances, and find(name): the first instance of that name, or null.
sb.createAll = (scope, context) => {
  const made = [];
  const find = name => {
    const found = made.find(item => item.name === name);
    return found ? found.instance : null;
  };
  const withFind = Object.assign({}, context, { find });
  sb.registered.forEach(({ name, create, selector }) => {
    scope.querySelectorAll(selector).forEach(root => made.push({ name, instance: create(root, withFind) || {} }));
  });
  return { instances: made.map(item => item.instance), find };
};
