#pragma once

// Words and phrases of Vietnamese district news, used by WorkspaceGenerator to write articles
// that look like the real thing (diacritics, both tone-mark styles, long organisation names),
// so that storage and search benchmarks see realistic text sizes and letter distributions.
//
// Placeholders filled by the generator:
//   {W} ward name   {O} organisation   {H} person with title   {H2} person without title
//   {L} place   {A} an action of the article's topic   {N} small number   {P} percentage
//   {M} small amount in đồng   {B} large amount in đồng   {K} month count   {Y} year   {D} day/month   {T} time of day
//   ("Sáng", "Chiều"...)

#include <QList>
#include <QString>
#include <QStringList>

namespace toasoan::bench {

/// One subject area of the news: where it is filed, how it is tagged and what it says.
struct NewsTopic
{
    QString category;    ///< a leaf of categoryTree()
    QStringList tags;    ///< tags typical of the topic
    QStringList actions; ///< predicates: "{O} <action>" is a sentence
    QStringList titles;  ///< title predicates: "<subject> <title>"
    QStringList details; ///< topic sentences with placeholders
};

struct CategoryNode
{
    QString name;
    QString parent; ///< empty = top level
};

namespace vocabulary {

const QList<CategoryNode> &categoryTree(); ///< parents listed before their children
const QList<NewsTopic> &topics();
const QStringList &generalTags();   ///< tags any article may carry
const QStringList &wards();         ///< phường
const QStringList &organisations(); ///< subjects of sentences
/// Bodies that act in a topic (by category name): keeps "who does what" plausible.
const QStringList &agencies(const QString &category);
const QStringList &titleSubjects(); ///< short subjects for titles
const QStringList &positions();     ///< "Phó Chủ tịch UBND quận"...
const QStringList &familyNames();   ///< họ
const QStringList &middleNames();   ///< tên đệm
const QStringList &givenNames();    ///< tên
const QStringList &places();        ///< where events happen
const QStringList &openings();      ///< first sentences of a body
const QStringList &connectives();   ///< generic middle sentences
const QStringList &closings();      ///< last sentences of a body
const QStringList &sources();       ///< nguồn tin
const QStringList &datelines();     ///< prefixes opening a body

} // namespace vocabulary
} // namespace toasoan::bench
