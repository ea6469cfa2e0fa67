#include "calculatorform.h"
#include "look/tones.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace closeloop {

namespace {

QString display(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts << display(x);
        return parts.join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 12);
    return v.toString();
}

// A typed number stays a number in the JSON; anything else is passed on as
// text so the calculator can say what is wrong with it.
QJsonValue parsed(const QString &text)
{
    bool ok = false;
    const double d = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? QJsonValue(d) : QJsonValue(text.trimmed());
}

void setVerdict(QLabel *label, const Result<Calculation> &calc, const QString &prefix)
{
    if (!calc) {
        label->setText(prefix + calc.errorMessage());
        label->setStyleSheet(themed(QStringLiteral("color: #5c3b00;")));
        return;
    }
    label->setText(prefix + (calc->pass ? CalculatorForm::tr("Pass. ") : CalculatorForm::tr("Fail. ")) + calc->verdict);
    label->setStyleSheet(themed(calc->pass ? QStringLiteral("color: #1b5e20; font-weight: 600;") : QStringLiteral("color: #8e1b1b; font-weight: 600;")));
}

} // namespace

CalculatorForm::CalculatorForm(QWidget *parent)
    : QWidget(parent)
    , m_inputs(new QFormLayout)
    , m_whatIfs(new QFormLayout)
    , m_whatIfBox(new QGroupBox(tr("What if (explore; not saved)"), this))
    , m_title(new QLabel(this))
    , m_formula(new QLabel(this))
    , m_numbers(new QTableWidget(0, 2, this))
    , m_verdict(new QLabel(this))
    , m_whatIfVerdict(new QLabel(this))
{
    setObjectName(QStringLiteral("calculatorForm"));
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_formula->setObjectName(QStringLiteral("calcFormula"));
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("calcVerdict"));
    m_verdict->setWordWrap(true);
    m_whatIfVerdict->setObjectName(QStringLiteral("whatIfVerdict"));
    m_whatIfVerdict->setWordWrap(true);
    m_numbers->setObjectName(QStringLiteral("calcNumbers"));
    m_numbers->horizontalHeader()->hide();
    m_numbers->verticalHeader()->hide();
    m_numbers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_numbers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_numbers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_numbers->setMinimumHeight(120);

    auto *whatIfLayout = new QVBoxLayout(m_whatIfBox);
    whatIfLayout->addLayout(m_whatIfs);
    whatIfLayout->addWidget(m_whatIfVerdict);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_inputs);
    layout->addWidget(m_formula);
    layout->addWidget(m_numbers);
    layout->addWidget(m_verdict);
    layout->addWidget(m_whatIfBox);
    hide();
}

bool CalculatorForm::isWhatIf(const QString &key)
{
    return key == QLatin1String("lose_az") || key == QLatin1String("peak_factor");
}

void CalculatorForm::setCalculator(const QString &id, const QJsonObject &inputs)
{
    for (QFormLayout *form : { m_inputs, m_whatIfs })
        while (form->rowCount() > 0)
            form->removeRow(0);
    m_fields.clear();
    m_isList.clear();
    m_id = id;
    const auto info = calculatorInfo(id);
    setVisible(info.has_value());
    if (!info)
        return;
    m_title->setText(tr("Calculator: %1").arg(info->title));
    bool anyWhatIf = false;
    for (const CalcField &f : info->fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("calc_%1").arg(f.key));
        edit->setAccessibleName(f.label);
        edit->setToolTip(f.help);
        if (f.list)
            edit->setPlaceholderText(tr("one number per AZ or dependency, comma-separated"));
        else if (f.optional)
            edit->setPlaceholderText(tr("optional"));
        edit->setText(display(inputs.value(f.key)));
        const QString label = f.unit.isEmpty() ? f.label : tr("%1 (%2)").arg(f.label, f.unit);
        (isWhatIf(f.key) ? m_whatIfs : m_inputs)->addRow(label, edit);
        anyWhatIf = anyWhatIf || isWhatIf(f.key);
        m_fields.insert(f.key, edit);
        m_isList.insert(f.key, f.list);
        connect(edit, &QLineEdit::textEdited, this, [this, key = f.key] {
            recompute();
            if (!isWhatIf(key))
                Q_EMIT edited();
        });
    }
    m_whatIfBox->setVisible(anyWhatIf);
    recompute();
}

QJsonObject CalculatorForm::read(bool withWhatIf) const
{
    QJsonObject o;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty() || (!withWhatIf && isWhatIf(it.key())))
            continue;
        if (m_isList.value(it.key())) {
            QJsonArray list;
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                list.append(parsed(part));
            o.insert(it.key(), list);
        } else {
            o.insert(it.key(), parsed(text));
        }
    }
    return o;
}

QJsonObject CalculatorForm::inputs() const
{
    return read(false);
}

void CalculatorForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : std::as_const(m_fields))
        if (!isWhatIf(m_fields.key(e)))
            e->setReadOnly(readOnly);
}

void CalculatorForm::recompute()
{
    if (m_id.isEmpty())
        return;
    const QJsonObject stored = read(false);
    const auto calc = runCalculator(m_id, stored);
    m_result = calc ? std::optional<Calculation>(calc.value()) : std::nullopt;
    m_numbers->setRowCount(0);
    if (calc) {
        m_formula->setText(tr("Formula: %1").arg(calc->formula));
        for (const CalcRow &row : calc->rows) {
            const int r = m_numbers->rowCount();
            m_numbers->insertRow(r);
            auto *label = new QTableWidgetItem(row.label);
            auto *value = new QTableWidgetItem(row.value);
            if (row.computed) {
                QFont bold = value->font();
                bold.setBold(true);
                value->setFont(bold);
            }
            m_numbers->setItem(r, 0, label);
            m_numbers->setItem(r, 1, value);
        }
    } else {
        m_formula->clear();
    }
    setVerdict(m_verdict, calc, QString());
    const QJsonObject explored = read(true);
    if (explored == stored) {
        m_whatIfVerdict->setText(tr("Enter an AZ to lose or a peak multiple to see the verdict change."));
        m_whatIfVerdict->setStyleSheet(QString());
    } else {
        setVerdict(m_whatIfVerdict, runCalculator(m_id, explored), tr("What if: "));
    }
}

} // namespace closeloop
