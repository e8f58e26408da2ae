#include "drill/TraineeProfile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace kunren::app {

TraineeProfile TraineeProfile::load()
{
    const QSettings settings;
    return {settings.value(QStringLiteral("trainee/name")).toString(),
            settings.value(QStringLiteral("trainee/team")).toString()};
}

void TraineeProfile::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("trainee/name"), name.trimmed());
    settings.setValue(QStringLiteral("trainee/team"), team.trimmed());
}

QString TraineeProfile::defaultName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QObject::tr("trainee") : user;
}

ProfileDialog::ProfileDialog(const TraineeProfile& profile, QWidget* parent)
    : QDialog(parent),
      m_name(new QLineEdit(this)),
      m_team(new QLineEdit(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Trainee Profile"));
    m_name->setObjectName(QStringLiteral("traineeName"));
    m_team->setObjectName(QStringLiteral("traineeTeam"));
    // Empty until the trainee types: a pre-filled login name would be typed after ("traineeAiko").
    m_name->setText(profile.name);
    m_team->setText(profile.team);
    m_name->setPlaceholderText(tr("Your name or nickname"));
    m_team->setPlaceholderText(tr("e.g. payments, platform (optional)"));

    auto* intro = new QLabel(tr("Your drills, scores and retrospectives are saved under this name. "
                                "The team groups drills in reports."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    m_name->selectAll();

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(buttons);
    setMinimumWidth(380);
}

TraineeProfile ProfileDialog::profile() const { return {m_name->text().trimmed(), m_team->text().trimmed()}; }

} // namespace kunren::app
