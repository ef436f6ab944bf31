#!/usr/bin/env python3
"""Checks that the build's libraries show the architecture (the tst_architecture test).

Usage: check-architecture.py BUILD_DIR/architecture.json SOURCE_DIR

architecture.json is written by CMake at configure time (cmake/ToaSoanArchitecture.cmake): every
library and executable of the project, its sources and the libraries it links. Fails (exit 1) when
  1. the libraries' link graph has a cycle;
  2. a project #include does not name its layer from the project root ("app/storage/Database.h",
     "ui/MainWindow.h", "tests/support/TestWorkspace.h");
  3. a target's file includes a header of a library that the target does not link, directly or
     through the libraries it links (a backward include: storage including search, the core
     including a widget, a core test including ui/).
A header belongs to the library that lists it, or else to the library that lists the other files of
its folder; headers no library owns (test fixtures) are followed into, for the target including them.
"""
import collections
import json
import os
import re
import sys

LAYERS = ("app", "ui", "tests")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
LIBRARY_TYPES = ("STATIC_LIBRARY", "INTERFACE_LIBRARY")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def project_links(targets):
    """target -> the project targets it links (generator expressions unwrapped)."""
    names = set(targets)
    token = re.compile(r"[A-Za-z0-9_.+:-]+")
    deps = {}
    for name, t in targets.items():
        found = []
        for link in t["links"]:
            for tok in token.findall(link):
                if tok in names and tok != name and tok not in found:
                    found.append(tok)
        deps[name] = found
    return deps


def find_cycle(libraries, deps):
    state = {}
    stack = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for d in deps[n]:
            if d not in libraries:
                continue
            if state.get(d) == 1:
                return stack[stack.index(d) :] + [d]
            if d not in state:
                cycle = visit(d)
                if cycle:
                    return cycle
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(libraries):
        if n not in state:
            cycle = visit(n)
            if cycle:
                return cycle
    return None


def closure(name, deps):
    seen = set()
    todo = list(deps[name])
    while todo:
        d = todo.pop()
        if d not in seen:
            seen.add(d)
            todo.extend(deps[d])
    return seen


def includes(root, rel, cache={}):
    """(line number, include text, resolved path or None) for each quoted include of `rel`."""
    if rel not in cache:
        found = []
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                name = m.group(1)
                resolved = None
                if os.path.isfile(os.path.join(root, name)):
                    resolved = os.path.normpath(name)
                else:
                    sibling = os.path.normpath(os.path.join(os.path.dirname(rel), name))
                    if os.path.isfile(os.path.join(root, sibling)):
                        resolved = sibling
                found.append((number, name, resolved))
        cache[rel] = found
    return cache[rel]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    targets = load(sys.argv[1])
    root = os.path.abspath(sys.argv[2])
    deps = project_links(targets)
    libraries = {n for n, t in targets.items() if t["type"] in LIBRARY_TYPES}
    problems = []

    cycle = find_cycle(libraries, deps)
    if cycle:
        problems.append("library cycle: " + " -> ".join(cycle))

    listed_by_library = {}
    listed_by_any = collections.defaultdict(set)
    folder_libraries = collections.defaultdict(set)
    for name, t in targets.items():
        for src in t["sources"]:
            listed_by_any[src].add(name)
            if name in libraries:
                listed_by_library[src] = name
                folder_libraries[os.path.dirname(src)].add(name)

    def owner(path):
        if path in listed_by_library:
            return listed_by_library[path]
        folder = folder_libraries.get(os.path.dirname(path), set())
        if path not in listed_by_any and len(folder) == 1:
            return next(iter(folder))
        return None

    for name in sorted(targets):
        allowed = closure(name, deps) | {name}
        todo = [(src, src) for src in targets[name]["sources"] if src.split("/")[0] in LAYERS]
        seen = set()
        while todo:
            path, via = todo.pop()
            if path in seen or not os.path.isfile(os.path.join(root, path)):
                continue
            seen.add(path)
            for number, text, resolved in includes(root, path):
                if resolved is None or resolved.split("/")[0] not in LAYERS:
                    continue
                where = f"{path}:{number}" + (f" (through {via})" if via != path else "")
                if text != resolved:
                    problems.append(f'{where}: #include "{text}" must name its layer: "{resolved}"')
                lib = owner(resolved)
                if lib is None:
                    todo.append((resolved, via))
                elif lib not in allowed:
                    problems.append(f'{where}: {name} includes "{resolved}" of {lib}, which {name} does not link')

    for p in sorted(set(problems)):
        print(p)
    if problems:
        print(f"{len(set(problems))} architecture problem(s)")
        return 1
    print(f"{len(libraries)} libraries, {len(targets) - len(libraries)} executables: no cycle, no backward include")
    return 0


if __name__ == "__main__":
    sys.exit(main())
