#pragma once

#include <QString>

namespace lethe::textmatch {

// One rule for finding a reviewer's text in a bundle, for the viewer's search and for redaction alike:
// Unicode-aware and case-insensitive (both sides in NFC, compared with Qt's case folding), on the text as
// the subject reads it, never on its JSON or HTML escapes. "Hart & Reed" therefore finds "HART & REED", and
// a redaction of it leaves neither.
QString normalized(const QString& text);
bool contains(const QString& haystack, const QString& needle);
// Replaces every occurrence of `needle` in `haystack` (normalised first) with `with`; returns how many.
qint64 replaceAll(QString& haystack, const QString& needle, const QString& with);
// The text of an HTML fragment as a reader sees it: tags dropped, the character references decoded.
QString htmlText(const QString& html);
// Whether a line of Lethe's JSON can hold `needle` without being parsed: its escapes keep the text's bytes
// as they are unless the text has a quote, a backslash or a control character, and only ASCII letters
// lower-case byte by byte. False means: parse the line to be sure.
bool rawPrefilterApplies(const QString& needle);

} // namespace lethe::textmatch
