"""Find every translatable string: Qt tr() calls in ui/ and the core's error templates.

Why our own extractor and not ``pyside6-lupdate``: Qt's lupdate only knows ``self.tr()``
in a class body. The app also translates through aliases (``tr = self.tr``,
``tr = window.tr``), module helpers that wrap ``QCoreApplication.translate`` and
``QT_TRANSLATE_NOOP``. The context of each string is what PySide6 looks up at run time:
for ``self.tr`` the *Python class name* (PySide6 tries each class of the object's MRO in
turn, most derived first), so the class whose body holds the call is the right context.
Compiling uses Qt's own ``lrelease`` (shipped with PySide6-Essentials).

The core's error messages (context "errors") are extracted too: the literal first argument
of every call to an ``EvidenceKitError`` subclass (classes found by AST, following
subclassing across evidence_kit/ and ui/), of ``super().__init__`` in a subclass whose own
``__init__`` takes no template, and of ``Phrase(...)`` (an English phrase a message takes
as a parameter: "the report"). A message built with an f-string, ``+`` or a variable cannot
be translated: ``update`` and ``check`` report it as an error, and so does
tests/unit/test_error_templates.py. Each ``{placeholder}`` must be a plain name given as a
keyword at the call site: ``raise DossierError("'{name}' fails...", name=member.name)``.
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
CORE = ROOT / "evidence_kit"
ERRORS_CONTEXT = "errors"
ERROR_BASE = "EvidenceKitError"
PHRASE = "Phrase"  # evidence_kit.errors.Phrase: a translatable parameter of a message

# ``<name>.tr(...)`` where <name> is not ``self``: the class of the object it names, i.e.
# the context PySide6 will try first. (An unknown object is reported as an error.)
OBJECT_CONTEXTS = {"window": "MainWindow"}



@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False  # a counted string: tr("%Ln event(s)", "", n), plural forms


@dataclass
class Message:
    key: Key
    locations: list[tuple[str, int]] = field(default_factory=list)


# -- extraction --------------------------------------------------------------------------


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: Path, wrappers: dict[str, tuple[str | None, str]]) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix()
        self.wrappers = wrappers  # module helper name -> (fixed context or None, default)
        self.classes: list[str] = []
        self.aliases: list[dict[str, str]] = [{}]  # per function: alias name -> context
        self.found: list[tuple[Key, int]] = []
        self.errors: list[str] = []

    # scopes
    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        self.aliases.append({})
        self.generic_visit(node)
        self.aliases.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def _object_context(self, obj: ast.AST, line: int) -> str | None:
        if isinstance(obj, ast.Name) and obj.id == "self":
            if not self.classes:
                self.errors.append(f"{self.rel}:{line}: self.tr outside a class")
                return None
            return self.classes[-1]
        if isinstance(obj, ast.Name) and obj.id in OBJECT_CONTEXTS:
            return OBJECT_CONTEXTS[obj.id]
        self.errors.append(f"{self.rel}:{line}: cannot tell the context of "
                           f"{ast.unparse(obj)}.tr(): add it to OBJECT_CONTEXTS")
        return None

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802
        value = node.value
        if (isinstance(value, ast.Attribute) and value.attr == "tr"
                and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            context = self._object_context(value.value, node.lineno)
            if context:
                self.aliases[-1][node.targets[0].id] = context
        self.generic_visit(node)

    def _alias(self, name: str) -> str | None:
        for scope in reversed(self.aliases):
            if name in scope:
                return scope[name]
        return None

    def _add(self, context: str | None, node: ast.Call, source_arg: ast.AST | None,
             comment_arg: ast.AST | None = None, *, dynamic_ok: bool = False) -> None:
        source = _literal(source_arg)
        if context is None:
            return
        if source is None:
            if not dynamic_ok:
                self.errors.append(f"{self.rel}:{node.lineno}: translated text is not a "
                                   f"string literal: {ast.unparse(node)[:80]}")
            return
        comment = _literal(comment_arg) or ""
        numerus = self._counted(node, source_arg)
        if numerus and "%n" not in source and "%Ln" not in source:
            self.errors.append(f"{self.rel}:{node.lineno}: a counted string (n) needs %n or "
                               f"%Ln: {source[:60]!r}")
        self.found.append((Key(context, source, comment, numerus), node.lineno))

    @staticmethod
    def _counted(node: ast.Call, source_arg: ast.AST | None) -> bool:
        """tr(text, comment, n) / translate(context, text, comment, n), or n=...: plural
        forms (Qt numerus), which the .ts marks numerus="yes"."""
        if any(k.arg == "n" for k in node.keywords):
            return True
        position = next((i for i, arg in enumerate(node.args) if arg is source_arg), None)
        return position is not None and len(node.args) > position + 2

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func = node.func
        args = node.args
        first = args[0] if args else None
        second = args[1] if len(args) > 1 else None
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            self._add(self._object_context(func.value, node.lineno), node, first, second)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and \
                ast.unparse(func.value).endswith(("QCoreApplication", "QApplication")):
            context = _literal(first)
            if context is None:
                dynamic = isinstance(second, ast.Name)
                if not dynamic:
                    self.errors.append(f"{self.rel}:{node.lineno}: translate() with a "
                                       "non-literal context")
            else:
                self._add(context, node, second, args[2] if len(args) > 2 else None,
                          dynamic_ok=True)
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
            self._add(_literal(first), node, second)
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            self._add(self.classes[-1] if self.classes else None, node, first)
        elif isinstance(func, ast.Name) and self._alias(func.id):
            self._add(self._alias(func.id), node, first, second)
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            fixed, default = self.wrappers[func.id]
            context = fixed or _literal(second) or default
            for keyword in node.keywords:
                if keyword.arg == "context":
                    context = _literal(keyword.value) or context
            self._add(context, node, first, None)
        self.generic_visit(node)


def _wrappers(tree: ast.Module) -> dict[str, tuple[str | None, str]]:
    """Module functions ``def f(text, context="X"): return QCoreApplication.translate(...)``
    (or with a fixed context): name -> (fixed context, default context)."""
    found: dict[str, tuple[str | None, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.body:
            continue
        ret = node.body[-1]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            continue
        call = ret.value
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "translate"):
            continue
        params = [a.arg for a in node.args.args]
        if len(call.args) < 2 or not isinstance(call.args[1], ast.Name) or \
                call.args[1].id != (params[0] if params else None):
            continue
        fixed = _literal(call.args[0])
        default = ""
        if fixed is None and isinstance(call.args[0], ast.Name):
            name = call.args[0].id
            defaults = dict(zip(params[len(params) - len(node.args.defaults):],
                                node.args.defaults, strict=True))
            default = _literal(defaults.get(name)) or ""
        found[node.name] = (fixed, default)
    return found


# -- the core's error messages -----------------------------------------------------------


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _base_names(node: ast.ClassDef) -> list[str]:
    return [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
            for b in node.bases]


def _is_super_init(node: ast.Call) -> bool:
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "__init__"
            and isinstance(func.value, ast.Call) and _call_name(func.value) == "super")


def _builds_own_message(node: ast.ClassDef) -> bool:
    """Its ``__init__`` passes ``super().__init__`` a message of its own rather than the
    caller's (``MissingTemplateFields(template, fields)``; unlike
    ``WrongSigningKey(template, key_id)``, which passes its ``template`` on)."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            return any(isinstance(call, ast.Call) and _is_super_init(call) and call.args
                       and not isinstance(call.args[0], ast.Name)
                       for call in ast.walk(item))
    return False


def error_classes(trees: list[tuple[Path, ast.Module]]) -> tuple[set[str], set[str]]:
    """Names of ``EvidenceKitError`` and its subclasses, and those among them whose
    constructor takes no message template (their ``super().__init__`` call is checked)."""
    classes = {ERROR_BASE}
    defs = [node for _path, tree in trees for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)]
    changed = True
    while changed:
        changed = False
        for node in defs:
            if node.name not in classes and classes & set(_base_names(node)):
                classes.add(node.name)
                changed = True
    own_message = {node.name for node in defs
                   if node.name in classes and _builds_own_message(node)}
    return classes, own_message


def _placeholder_problems(template: str, node: ast.Call) -> list[str]:
    """Placeholders must be plain names (no ``!r``, no format spec, no ``{0}``), given as
    keywords at the call site, and every keyword must be used."""
    try:
        fields = [(name, conv, spec) for _lit, name, spec, conv
                  in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        return [f"the template does not parse ({exc})"]
    found = []
    for name, conv, spec in fields:
        if not name.isidentifier() or conv or spec:
            found.append(f"placeholder {{{name}{'!' + conv if conv else ''}"
                         f"{':' + spec if spec else ''}}} must be a plain {{name}}")
    if any(k.arg is None for k in node.keywords):
        return found  # **params: cannot be checked here
    given = {k.arg for k in node.keywords}
    wanted = {name for name, _c, _s in fields}
    if wanted - given:
        found.append(f"no value for {sorted(wanted - given)}")
    if given - wanted:
        found.append(f"{sorted(given - wanted)} given but not in the template")
    return found


def _allowed_dynamic(node: ast.AST) -> bool:
    """A message the UI already translated (``self.tr(...)``) may be passed as it is."""
    return isinstance(node, ast.Call) and _call_name(node) in ("tr", "translate")


def extract_errors(roots: tuple[Path, ...] = (CORE, SOURCES), *, base: Path = ROOT,
                   ) -> tuple[dict[Key, Message], list[str]]:
    """The message templates of the errors raised under ``roots`` (context "errors"),
    and every construction whose message is not a literal template."""
    trees = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            trees.append((path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))))
    classes, own_message = error_classes(trees)
    messages: dict[Key, Message] = {}
    problems: list[str] = []
    for path, tree in trees:
        rel = path.relative_to(base).as_posix()
        in_class: dict[ast.AST, str] = {}  # node -> the innermost class holding it
        for cls in ast.walk(tree):  # (breadth first: an inner class overwrites its outer)
            if isinstance(cls, ast.ClassDef):
                in_class.update((child, cls.name) for child in ast.walk(cls) if child is not cls)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if _is_super_init(node):
                if in_class.get(node) not in own_message:
                    continue
                what = f"super().__init__ in {in_class[node]}"
            elif name in own_message:
                continue  # builds its message itself: checked at its super().__init__
            elif name in classes or name == PHRASE:
                what = name
            else:
                continue
            first = node.args[0] if node.args else None
            if first is None:
                problems.append(f"{rel}:{node.lineno}: {what}() without a message")
                continue
            template = _literal(first)
            if template is None:
                if not _allowed_dynamic(first):
                    kind = "an f-string" if isinstance(first, ast.JoinedStr) else \
                        "not a string literal"
                    problems.append(f"{rel}:{node.lineno}: the message of {what}() is {kind}"
                                    f" (use a literal template and keyword parameters): "
                                    f"{ast.unparse(first)[:70]}")
                continue
            problems += [f"{rel}:{node.lineno}: {what}({template[:50]!r}...): {p}"
                         for p in _placeholder_problems(template, node)]
            key = Key(ERRORS_CONTEXT, template)
            messages.setdefault(key, Message(key)).locations.append((rel, node.lineno))
    return messages, problems


def extract(sources: Path = SOURCES, core: Path | None = CORE,
            ) -> tuple[dict[Key, Message], list[str]]:
    """Every translatable string of the .py files under ``sources``, in file order, then
    the error messages of ``core`` and ``sources`` (context "errors")."""
    messages: dict[Key, Message] = {}
    errors: list[str] = []
    own: dict[str, dict[str, tuple[str | None, str]]] = {}  # module stem -> its wrappers
    trees = []
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        trees.append((path, tree))
        own[path.stem] = _wrappers(tree)
    for path, tree in trees:
        wrappers = dict(own[path.stem])
        for node in ast.walk(tree):  # helpers imported from a sibling module
            if isinstance(node, ast.ImportFrom) and node.module:
                theirs = own.get(node.module.rsplit(".", 1)[-1], {})
                for alias in node.names:
                    if alias.name in theirs:
                        wrappers[alias.asname or alias.name] = theirs[alias.name]
        visitor = _Extractor(path, wrappers)
        visitor.visit(tree)
        errors += visitor.errors
        for key, line in visitor.found:
            messages.setdefault(key, Message(key)).locations.append((visitor.rel, line))
    if core is not None:
        found, problems = extract_errors((core, sources))
        errors += problems
        for key, message in found.items():
            messages.setdefault(key, Message(key)).locations.extend(message.locations)
    return messages, errors
