# The app's frame: navigation, loading, failures shown for any view.

nav-label = Views
nav-dashboard = Dashboard
nav-insights = Insights
nav-sessions = Sessions
nav-live = Live tally
nav-import = Import
nav-withdrawals = Withdrawals
nav-statements = Statements
nav-days = TikTok days
nav-settings = Settings
# $title: a view's name; $key: its shortcut, such as Alt+1.
nav-shortcut = { $title } ({ $key })
view-loading = Loading…
view-failed = Something went wrong

## Units. $count is a number (it picks the plural form); $shown is the
## figure already written in the creator's locale.

coins-count = { $count ->
    [one] { $count } coin
   *[other] { $count } coins
}
diamonds-count = { $count ->
    [one] { $shown } diamond
   *[other] { $shown } diamonds
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
