#include "ui/editor/TableDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace toasoan::ui {

TableDialog::TableDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Insert table"));
    setAccessibleName(tr("Insert table"));
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(QStringLiteral("tableRows"));
    m_rows->setRange(1, 200);
    m_rows->setValue(3);
    m_rows->setAccessibleName(tr("Rows"));
    m_columns = new QSpinBox(this);
    m_columns->setObjectName(QStringLiteral("tableColumns"));
    m_columns->setRange(1, 20);
    m_columns->setValue(2);
    m_columns->setAccessibleName(tr("Columns"));
    m_header = new QCheckBox(tr("First row is a &header"), this);
    m_header->setObjectName(QStringLiteral("tableHeader"));
    m_header->setChecked(true);
    m_header->setAccessibleName(tr("First row is a header"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Rows:"), m_rows);
    form->addRow(tr("&Columns:"), m_columns);
    form->addRow(m_header);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int TableDialog::rows() const
{
    return m_rows->value();
}

int TableDialog::columns() const
{
    return m_columns->value();
}

bool TableDialog::headerRow() const
{
    return m_header->isChecked();
}

} // namespace toasoan::ui
