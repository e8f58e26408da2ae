#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kunren::app {

class DrillRunner;

// The scenario's hints, one at a time from gentle to explicit. Each hint revealed is logged (hint.take)
// and costs points; a hint becomes available only once its time in the drill has come.
class HintsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HintsDialog(DrillRunner* runner, QWidget* parent = nullptr);
    int hintsTaken() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();

    DrillRunner* m_runner;
    QTextBrowser* m_hints;
    QLabel* m_status;
    QPushButton* m_next;
    QString m_html; // what m_hints shows (toHtml() normalises, so it cannot be compared)
};

} // namespace kunren::app
