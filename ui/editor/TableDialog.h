#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace toasoan::ui {

/// Asks for the size of a new table.
class TableDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableDialog)

public:
    explicit TableDialog(QWidget *parent = nullptr);

    int rows() const;
    int columns() const;
    bool headerRow() const;

private:
    QSpinBox *m_rows = nullptr;
    QSpinBox *m_columns = nullptr;
    QCheckBox *m_header = nullptr;
};

} // namespace toasoan::ui
