#pragma once

#include <QLocale>

class QCoreApplication;

namespace kunren::app {

// Makes `locale` the UI language: Kunren's own translation (built from assets/i18n, English included for
// its plural forms) and Qt's for the standard dialogs, installed on `app`; QLocale's default follows, so
// drill texts (briefings, hints) pick the same language. Languages without a translation stay English.
// Returns whether Kunren has a translation for it.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace kunren::app
