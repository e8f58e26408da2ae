#pragma once

#include <QDialog>
#include <QString>

class QLineEdit;

namespace kunren::app {

// Who is drilling: asked once, kept in QSettings, editable from the Drill menu. Drills are stored
// under the trainee's name (unique in the database) and team (for group reports).
struct TraineeProfile
{
    QString name;
    QString team;

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    static TraineeProfile load(); // from QSettings (empty when never asked)
    void save() const;
    static QString defaultName(); // the login name, until the trainee gives theirs
};

class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(const TraineeProfile& profile, QWidget* parent = nullptr);
    TraineeProfile profile() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_team;
};

} // namespace kunren::app
