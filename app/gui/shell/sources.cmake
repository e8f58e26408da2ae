target_sources(kunren_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AppOptions.h ${CMAKE_CURRENT_LIST_DIR}/AppOptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CatchUpProgress.h ${CMAKE_CURRENT_LIST_DIR}/CatchUpProgress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillDesk.h ${CMAKE_CURRENT_LIST_DIR}/DrillDesk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillStatusBar.h ${CMAKE_CURRENT_LIST_DIR}/DrillStatusBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillToolBar.h ${CMAKE_CURRENT_LIST_DIR}/DrillToolBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Pages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StartupFlow.h ${CMAKE_CURRENT_LIST_DIR}/StartupFlow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShortcutsDialog.h ${CMAKE_CURRENT_LIST_DIR}/ShortcutsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Theme.h ${CMAKE_CURRENT_LIST_DIR}/Theme.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Translations.h ${CMAKE_CURRENT_LIST_DIR}/Translations.cpp)
