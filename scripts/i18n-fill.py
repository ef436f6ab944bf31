#!/usr/bin/env python3
"""Fills unfinished entries of a Qt Linguist catalogue (.ts) without disturbing the rest of the file.

  i18n-fill.py --list FILE.ts              print the unfinished entries as a TSV to translate
  i18n-fill.py --table TABLE.tsv FILE.ts   fill unfinished entries from the table
  i18n-fill.py --english FILE.ts           fill every unfinished entry with its source text
                                           (the English catalogue: identical English, finished)

The table has one entry a line: CONTEXT <tab> SOURCE <tab> TRANSLATION, with \\n, \\t and \\\\
escaped; CONTEXT "*" matches every context (a context-specific line wins). Lines starting with "#"
are comments. Numerus entries get the translation in every plural form (Vietnamese has one).
Entries the table does not cover stay unfinished and are listed on stderr.

Run `cmake --build <build-dir> --target update_translations` first so the catalogues hold every
string of the sources; scripts/i18n-status.sh shows what is left.
"""
import argparse
import html
import re
import sys

MESSAGE = re.compile(r'(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)', re.S)
CONTEXT = re.compile(r'<context>(?P<body>.*?)</context>', re.S)
NAME = re.compile(r'<name>(.*?)</name>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
UNFINISHED = re.compile(r'<translation type="unfinished"\s*(?:/>|>(?P<inner>.*?)</translation>)', re.S)
NUMERUS_FORM = re.compile(r'<numerusform>.*?</numerusform>|<numerusform/>', re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def tsv_escape(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def tsv_unescape(text):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t', '\\': '\\'}.get(m.group(1), m.group(1)), text)


def read_table(path):
    table = {}
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit('%s:%d: expected CONTEXT<tab>SOURCE<tab>TRANSLATION' % (path, number))
            context, source, translation = (tsv_unescape(p) for p in parts)
            table[(context, source)] = translation
    return table


def filled_translation(match, translation, numerus):
    if not numerus:
        return '<translation>%s</translation>' % escape(translation)
    inner = match.group('inner') or ''
    forms = NUMERUS_FORM.findall(inner) or ['<numerusform></numerusform>']
    filled = inner
    for form in forms:
        filled = filled.replace(form, '<numerusform>%s</numerusform>' % escape(translation), 1)
    if not NUMERUS_FORM.search(inner):
        filled = '\n            <numerusform>%s</numerusform>\n        ' % escape(translation)
    return '<translation>%s</translation>' % filled


def process(text, choose):
    """Calls choose(context, source) for each unfinished message; a string fills it, None leaves it."""
    left = []

    def in_context(context_match):
        body = context_match.group('body')
        context = unescape(NAME.search(body).group(1))

        def in_message(message_match):
            message_body = message_match.group('body')
            unfinished = UNFINISHED.search(message_body)
            source = SOURCE.search(message_body)
            if not unfinished or not source:
                return message_match.group(0)
            source_text = unescape(source.group(1))
            translation = choose(context, source_text)
            if translation is None:
                left.append((context, source_text))
                return message_match.group(0)
            numerus = 'numerus="yes"' in message_match.group('attrs')
            new_body = (message_body[:unfinished.start()] + filled_translation(unfinished, translation, numerus) +
                        message_body[unfinished.end():])
            return message_match.group(1) + new_body + message_match.group(4)

        return '<context>' + MESSAGE.sub(in_message, body) + '</context>'

    return CONTEXT.sub(in_context, text), left


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument('--list', action='store_true')
    mode.add_argument('--table')
    mode.add_argument('--english', action='store_true')
    parser.add_argument('ts')
    args = parser.parse_args()

    with open(args.ts, encoding='utf-8') as f:
        text = f.read()

    if args.list:
        _, left = process(text, lambda context, source: None)
        for context, source in left:
            print('%s\t%s\t' % (tsv_escape(context), tsv_escape(source)))
        return 0

    if args.english:
        choose = lambda context, source: source
    else:
        table = read_table(args.table)
        choose = lambda context, source: table.get((context, source), table.get(('*', source)))
    new_text, left = process(text, choose)
    with open(args.ts, 'w', encoding='utf-8') as f:
        f.write(new_text)
    for context, source in left:
        print('unfinished: %s: %s' % (context, source.replace('\n', '\\n')), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
