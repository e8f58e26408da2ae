#pragma once

#include <QLocale>

class QCoreApplication;

namespace kunren::app {

// Makes `locale` the UI language: Kunren's own translation (built from assets/i18n) and Qt's for the
// standard dialogs, installed on `app`, over EnglishPlurals ("1 page", "3 pages"); QLocale's default
// follows, so drill texts (briefings, hints) pick the same language. Languages without a translation stay
// English. Returns whether Kunren speaks the language (English, or a translation found).
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace kunren::app
