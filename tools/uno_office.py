# SPDX-License-Identifier: MPL-2.0
"""Small helpers shared by the scripts that drive a running headless
LibreOffice over a socket: connect, load, store.

The office is started by office_listen (tools/office.sh) in a throwaway
profile, with star.oxt installed or deliberately without it, and these
scripts run as the same user (office_run)."""
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, tries=240):
    """Connects to the office listening on the named pipe (office_listen)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    url = f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
    for _ in range(tries):
        try:
            return resolver.resolve(url)
        except Exception:  # the office is still starting
            time.sleep(0.5)
    raise SystemExit(f"no office answered on pipe {pipe}")


def desktop(ctx):
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def file_url(path):
    return uno.systemPathToFileUrl(str(path))


def load(desk, path, hidden=True):
    return desk.loadComponentFromURL(file_url(path), "_blank", 0, (prop("Hidden", hidden),))


def store(doc, path, filter_name, filter_data=None):
    args = [prop("FilterName", filter_name), prop("Overwrite", True)]
    if filter_data is not None:
        args.append(prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue",
                                                tuple(filter_data))))
    doc.storeToURL(file_url(path), tuple(args))


FILTERS = {
    ".fods": "OpenDocument Spreadsheet Flat XML",
    ".ods": "calc8",
    ".ots": "calc8_template",
    ".xlsx": "Calc MS Excel 2007 XML",
    ".pdf": "calc_pdf_Export",
}


def terminate(pipe):
    """Asks the office on `pipe` to quit, if it is running."""
    try:
        ctx = connect(pipe, tries=4)
    except SystemExit:
        return
    try:
        desktop(ctx).terminate()
    except Exception:  # the bridge closes as the office quits
        pass


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 3 and sys.argv[1] == "terminate":
        terminate(sys.argv[2])
