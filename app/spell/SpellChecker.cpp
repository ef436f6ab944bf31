#include "app/spell/SpellChecker.h"

#include "app/text/Normalize.h"
#include "app/text/ToneStyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <hunspell/hunspell.hxx>

namespace toasoan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("toasoan::SpellChecker", text);
}

// hunspell-vi lists the new placement only (hoà, thuỷ); people write both.
QString newStyle(const QString &word)
{
    return text::convertToneStyle(word, text::ToneStyle::New).text;
}

bool usesOldStyle(const QString &word)
{
    return !text::convertToneStyle(word, text::ToneStyle::New).changes.isEmpty();
}

bool isWordChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch.isMark();
}

bool hasDigit(const QString &word)
{
    for (QChar ch : word) {
        if (ch.isDigit()) {
            return true;
        }
    }
    return false;
}

// Acronyms (UBND, NTL, MTTQ...) fill Vietnamese news and no word list has them all.
bool isUpperCaseWord(const QString &word)
{
    int letters = 0;
    for (QChar ch : word) {
        if (ch.isLetter()) {
            if (!ch.isUpper()) {
                return false;
            }
            ++letters;
        }
    }
    return letters >= 2;
}

// A chunk between spaces that is an address, not words: https://..., www.x.vn, ai@x.vn.
bool isAddress(QStringView chunk)
{
    if (chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive)) {
        return true;
    }
    const qsizetype at = chunk.indexOf(u'@');
    return at > 0 && chunk.indexOf(u'.', at) > at + 1;
}

// The SET line of the .aff file names the encoding of both files.
QString affixEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (int i = 0; i < 200 && !file.atEnd(); ++i) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("SET ")) {
            return QString::fromLatin1(line.mid(4).trimmed()).toUpper();
        }
    }
    return QStringLiteral("ISO8859-1"); // Hunspell's default when SET is absent
}

} // namespace

SpellChecker::SpellChecker(std::unique_ptr<Hunspell> hunspell, bool utf8)
    : m_hunspell(std::move(hunspell)), m_utf8(utf8)
{
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::defaultDirectories()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("TOASOAN_HUNSPELL_DIR");
    if (!fromEnv.isEmpty()) {
        dirs << fromEnv;
    }
    dirs << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
         << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/local/share/hunspell");
    return dirs;
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::open(const QStringList &directories, const QString &language)
{
    const QStringList dirs = directories.isEmpty() ? defaultDirectories() : directories;
    for (const QString &dir : dirs) {
        const QString aff = QDir(dir).filePath(language + QStringLiteral(".aff"));
        const QString dic = QDir(dir).filePath(language + QStringLiteral(".dic"));
        if (!QFileInfo(aff).isReadable() || !QFileInfo(dic).isReadable()) {
            continue;
        }
        const QString encoding = affixEncoding(aff);
        const bool utf8 = encoding == QLatin1String("UTF-8");
        if (!utf8 && encoding != QLatin1String("ISO8859-1")) {
            return makeError(ErrorCode::Invalid,
                             tr("The spelling dictionary %1 uses an encoding ToaSoan cannot read (%2). Spell "
                                "checking is off.")
                                 .arg(QDir::toNativeSeparators(dic), encoding),
                             QStringLiteral("unsupported SET %1").arg(encoding));
        }
        auto hunspell =
            std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        return std::unique_ptr<SpellChecker>(new SpellChecker(std::move(hunspell), utf8));
    }
    return makeError(ErrorCode::NotFound,
                     tr("The Vietnamese spelling dictionary is not installed, so spell checking is off. Install the "
                        "hunspell-vi package (files %1.aff and %1.dic) and restart ToaSoan.")
                         .arg(language),
                     QStringLiteral("not found in: %1").arg(dirs.join(QStringLiteral(", "))));
}

QByteArray SpellChecker::encode(const QString &word) const
{
    return m_utf8 ? word.toUtf8() : word.toLatin1();
}

QString SpellChecker::decode(const std::string &word) const
{
    const QByteArray bytes = QByteArray::fromStdString(word);
    return m_utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

bool SpellChecker::hunspellAccepts(const QString &word) const
{
    if (!m_utf8) {
        // A word with letters outside Latin-1 cannot be in a Latin-1 dictionary.
        for (QChar ch : word) {
            if (ch.unicode() > 0xFF) {
                return false;
            }
        }
    }
    return m_hunspell->spell(encode(word).toStdString());
}

bool SpellChecker::isPersonal(const QString &word) const
{
    const QString modern = newStyle(word);
    return m_personal.contains(modern) || m_personal.contains(modern.toLower());
}

bool SpellChecker::isCorrect(const QString &word) const
{
    const QString w = text::normalize(word).trimmed();
    if (w.isEmpty() || hasDigit(w) || isUpperCaseWord(w)) {
        return true;
    }
    QMutexLocker lock(&m_mutex);
    if (isPersonal(w)) {
        return true;
    }
    const QString modern = newStyle(w);
    return hunspellAccepts(modern) || (modern != w && hunspellAccepts(w));
}

QList<SpellIssue> SpellChecker::check(const QString &input) const
{
    // Positions must refer to the caller's text, so NFD input is checked word by word after
    // normalizing each word, not by normalizing the whole text first.
    QList<SpellIssue> issues;
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && input.at(i).isSpace()) {
            ++i;
        }
        qsizetype end = i;
        while (end < n && !input.at(end).isSpace()) {
            ++end;
        }
        const QStringView chunk = QStringView(input).mid(i, end - i);
        if (!isAddress(chunk)) {
            qsizetype j = 0;
            while (j < chunk.size()) {
                if (!isWordChar(chunk.at(j))) {
                    ++j;
                    continue;
                }
                qsizetype k = j;
                while (k < chunk.size() && isWordChar(chunk.at(k))) {
                    ++k;
                }
                const QString word = chunk.mid(j, k - j).toString();
                if (!isCorrect(word)) {
                    issues.append(SpellIssue{i + j, k - j, word});
                }
                j = k;
            }
        }
        i = end;
    }
    return issues;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    const QString w = text::normalize(word).trimmed();
    if (w.isEmpty()) {
        return {};
    }
    const bool old = usesOldStyle(w);
    std::vector<std::string> found;
    {
        QMutexLocker lock(&m_mutex);
        found = m_hunspell->suggest(encode(newStyle(w)).toStdString());
    }
    QStringList out;
    for (const std::string &s : found) {
        QString suggestion = text::normalize(decode(s));
        if (old) {
            suggestion = text::convertToneStyle(suggestion, text::ToneStyle::Old).text;
        }
        if (!out.contains(suggestion)) {
            out.append(suggestion);
        }
    }
    return out;
}

void SpellChecker::setPersonalWords(const QStringList &words)
{
    QSet<QString> set;
    for (const QString &word : words) {
        const QString w = text::normalize(word).trimmed();
        if (!w.isEmpty()) {
            set.insert(newStyle(w));
        }
    }
    QMutexLocker lock(&m_mutex);
    m_personal = set;
}

void SpellChecker::addPersonalWord(const QString &word)
{
    const QString w = text::normalize(word).trimmed();
    if (w.isEmpty()) {
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_personal.insert(newStyle(w));
}

void SpellChecker::removePersonalWord(const QString &word)
{
    const QString w = newStyle(text::normalize(word).trimmed());
    QMutexLocker lock(&m_mutex);
    m_personal.remove(w);
}

} // namespace toasoan
