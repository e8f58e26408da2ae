#pragma once

#include "query/QueryError.h"

#include <QLineEdit>
#include <QWidget>

#include <optional>

class QLabel;
class QTimer;
class QToolButton;

namespace kunren::app {

// A line edit that underlines the part of the query an error points at.
class QueryLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    using QLineEdit::QLineEdit;
    // Underlines from `position` (a character index, -1 for none) to the end of that word.
    void setErrorPosition(int position);
    int errorPosition() const { return m_errorPosition; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_errorPosition = -1;
};

// The search bar of the log and trace explorers: the query (domain-reference §5 syntax), a help button
// with the syntax, and an error line under it that says in plain words what is wrong and where. The query
// is checked as it is typed; searching waits for Enter or a pause in typing. A query searched on a pause
// is only a draft until the trainee settles on it (committed()), so half-typed queries are not recorded.
class QueryBar : public QWidget
{
    Q_OBJECT

public:
    enum class Signal { Logs, Spans };
    explicit QueryBar(Signal signal, QWidget* parent = nullptr);

    QString query() const;
    // Sets the text without waiting for a pause (a facet click, a cross-link); emits submitted().
    void setQuery(const QString& query);
    // The service the placeholder's example searches (one of the drill's own, so the example works).
    void setExampleService(const QString& service);
    // Shows an error the engine found (e.g. an unknown field) until the query changes.
    void showError(const QueryError& error);
    void clearError();
    bool hasError() const { return m_hasError; }
    QueryLineEdit* lineEdit() const { return m_edit; }
    QLabel* errorLabel() const { return m_error; }
    // The syntax help as rich text (the help button's popup and tooltip).
    static QString syntaxHelp(Signal signal);

Q_SIGNALS:
    // A well-formed query to search for.
    void submitted(const QString& query);
    // The trainee settled on this query: Enter, setQuery() (a facet, a cross-link), or a searched query
    // left as it is for a few seconds or until the bar loses focus.
    void committed(const QString& query);

private:
    void onEdited();
    void submit();
    void commit();
    bool eventFilter(QObject* watched, QEvent* event) override;

    Signal m_signal;
    QueryLineEdit* m_edit;
    QToolButton* m_help;
    QLabel* m_error;
    QTimer* m_debounce;
    QTimer* m_settle; // a query searched on a pause counts as committed when this runs out
    bool m_hasError = false;
};

} // namespace kunren::app
