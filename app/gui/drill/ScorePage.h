#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kunren {
struct DrillScore;
}

namespace kunren::app {

class DrillRunner;
class RetrospectiveDialog;
class DrillScorer;
class Navigator;

// The score of the drill that just ended, computed off the GUI thread (scoreDrill replays the drill)
// and stored with the drill: every line with its points and why, the penalties, the verdict, the
// answer, and the investigation path (tools used, time in each, queries run).
class ScorePage : public QWidget
{
    Q_OBJECT

public:
    ScorePage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~ScorePage() override;

    const DrillScore* score() const; // nullptr until scored
    bool isScoring() const;
    // Opens the ended drill's retrospective (the "Write retrospective" button); nullptr without a stored drill.
    RetrospectiveDialog* writeRetrospective();

Q_SIGNALS:
    void scored();

private:
    void startScoring();
    void showScore();
    void showNoScore();
    static QString paceHtml(const DrillScore& score);

    DrillRunner* m_runner;
    DrillScorer* m_scorer;
    QLabel* m_total;
    QLabel* m_verdict;
    QTextBrowser* m_details;
    QPushButton* m_retro;
};

} // namespace kunren::app
