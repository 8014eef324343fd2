# SPDX-License-Identifier: MPL-2.0
"""What the GUI test asks the office over its pipe, while a person's window
is on screen (tests/gui/run.sh drives the keyboard):
  gui.py PIPE menus             prints the names of the menus of Calc's menu bar
  gui.py PIPE menu              prints the words of each item of the STAR menu
                                (the menu fills its items when it first opens)
  gui.py PIPE formula FORMULA   puts FORMULA in A1 of the first document and
                                makes A1 the current cell
  gui.py PIPE documents         one line per open document:
                                title<TAB>url<TAB>sheet|sheet|...
  gui.py PIPE close             closes every document without saving
The menus are read as assistive technology reads them (accessibility).
Runs as the office user, with the office's own Python (python3-uno)."""
import sys

from uno_office import connect, desktop  # copied beside it (office_tools)


def calc_documents(desk):
    found = desk.Components.createEnumeration()
    while found.hasMoreElements():
        doc = found.nextElement()
        if doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
            yield doc


def first_document(desk):
    docs = sorted(calc_documents(desk), key=lambda d: d.Title)
    if not docs:
        raise SystemExit("no Calc document is open")
    return docs[0]


MENU_BAR, MENU = 35, 34  # accessibility::AccessibleRole


def menus(desk):
    """The menus of the menu bar, as (name, accessible context)."""
    window = first_document(desk).CurrentController.Frame.ContainerWindow.AccessibleContext
    for i in range(window.getAccessibleChildCount()):
        bar = window.getAccessibleChild(i).getAccessibleContext()
        if bar.getAccessibleRole() != MENU_BAR:
            continue
        for j in range(bar.getAccessibleChildCount()):
            item = bar.getAccessibleChild(j).getAccessibleContext()
            if item.getAccessibleRole() == MENU:
                yield item.getAccessibleName(), item
        return
    raise SystemExit("the Calc window has no menu bar")


def menu(desk):
    for name, context in menus(desk):
        if name != "STAR":
            continue
        for i in range(context.getAccessibleChildCount()):
            words = context.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
            if words:
                print(words)
        return
    raise SystemExit("Calc's menu bar has no STAR menu")


def formula(desk, text):
    doc = first_document(desk)
    cell = doc.Sheets.getByIndex(0).getCellByPosition(0, 0)
    cell.setFormula(text)
    doc.CurrentController.select(cell)
    print(f"A1 of {doc.Title}: {cell.getFormula()} = {cell.getString()}")


def documents(desk):
    for doc in calc_documents(desk):
        print(f"{doc.Title}\t{doc.getURL()}\t{'|'.join(doc.Sheets.ElementNames)}")


def close(desk):
    found = desk.Components.createEnumeration()
    while found.hasMoreElements():
        doc = found.nextElement()
        doc.setModified(False)
        doc.close(True)


def main():
    pipe, what = sys.argv[1], sys.argv[2]
    desk = desktop(connect(pipe))
    if what == "menus":
        for name, _ in menus(desk):
            print(name)
    elif what == "menu":
        menu(desk)
    elif what == "close":
        close(desk)
    elif what == "formula":
        formula(desk, sys.argv[3])
    elif what == "documents":
        documents(desk)
    else:
        raise SystemExit(f"unknown request {what}")


main()
