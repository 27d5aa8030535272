# English: for users whose Telegram or CRM language is English.
error-generic = Sorry, something went wrong. Please try again a bit later.
error-forbidden = You are not allowed to do this.
error-not-found = Not found: it may have been deleted or is not available to you.
error-conflict = The data changed meanwhile. Open the list again and retry.
error-rate-limited = Too many attempts. Please try again later.
error-bad-input = Please check the value ({ $field }): { $message }

unlinked =
    I am your brokerage's CRM bot. To use me, link your Telegram:
    open the CRM → Settings → "Get a link code" and send me the command /start CODE you get there.
link-done = Done, { $name }! Your Telegram is linked to your CRM account.
link-failed = That code did not work: it is wrong or expired. Get a new one in the CRM (Settings → "Get a link code").
link-conflict = This Telegram account is linked to another CRM account. Unlink it there first.
welcome = Hello, { $name }! Pick an action from the menu.
menu-hint = Sorry, I did not get that. Pick an action from the menu.
cancelled = Cancelled.
cancel-hint = Send /cancel to stop.

menu-tasks = My tasks
menu-today = For today
menu-note = Deal note
menu-payment = Payment
menu-quick-deal = Quick deal

tasks-empty = You have no open tasks.
tasks-title = My tasks (page { $page }):
task-line = { $n }. { $title }{ $due }{ $deal } — { $status }
task-due = , due { $date }
task-deal = , deal "{ $deal }"
task-status-NEW = new
task-status-IN_PROGRESS = in progress
task-status-DONE = done
task-status-CANCELLED = cancelled
task-take = ▶ { $n }
task-done = ✔ { $n }
task-comment = 💬 { $n }
task-taken = You are now working on "{ $title }".
task-completed = Task "{ $title }" is done.
task-comment-ask = Write your comment on "{ $title }".
task-commented = Comment added.
page-next = Next →
page-prev = ← Back

today-empty = No deals to review today.
today-title = Deals to review today (page { $page }):
deal-line = { $n }. { $title } — { $client }
snooze-day = { $n }: +1 day
snooze-week = { $n }: +1 week
snooze-custom = { $n }: other
open-deal = { $n }: open
snooze-reason = Snoozed in Telegram
snooze-done = Deal "{ $title }" is snoozed until { $date }.
snooze-ask-days = Snooze "{ $title }" for how many days? Send a number from 1 to 365.
snooze-bad-days = A whole number of days from 1 to 365, please.

deal-pick = Pick a recent deal or send part of its title or the client's name to search.
deal-none-found = Nothing found. Try another search.
note-ask = Write your note on the deal "{ $title }".
note-added = The note is in the journal of "{ $title }".

payment-no-policies = The deal "{ $title }" has no policies.
payment-pick-policy = Pick the policy:
payment-no-instalments = This policy has no unpaid instalments.
payment-pick-instalment = Pick the instalment:
instalment-line = { $date }: { $outstanding } { $currency } outstanding
payment-ask-amount = How much was received? Send the amount (e.g. 1500.50) or press the button.
payment-full = All outstanding: { $amount }
payment-bad-amount = The amount is a positive number with at most two decimals, e.g. 1500.50.
payment-over = { $amount } { $currency } is more than the instalment's outstanding { $outstanding } { $currency }. Record an overpayment?
payment-over-yes = Yes, record the overpayment
payment-over-no = No, enter another amount
payment-pick-method = Payment method:
method-BANK_TRANSFER = Bank transfer
method-CARD = Card
method-CASH = Cash
method-OTHER = Other
payment-recorded = Payment of { $amount } { $currency } recorded. Outstanding on the instalment: { $outstanding } { $currency }.
payment-note = Recorded via Telegram

quick-ask-name = Client's name (last and first name)?
quick-ask-phone = Client's phone?
quick-ask-note = A note on the deal ("-" for none)?
quick-duplicate = This client may already exist: { $names }. Use the existing one?
quick-use-existing = Use: { $name }
quick-create-new = Create a new one
quick-deal-title = Deal: { $name }
quick-created = Deal "{ $title }" created for { $client }.
quick-created-duplicates = Note: the new client looks like existing ones: { $names }.

upload-where = Got the file "{ $name }". Which deal should it go to?
upload-pick-section = Which section of the deal's folder?
section-CLIENT_DOCUMENTS = Client's documents
section-CALCULATIONS = Calculations
section-POLICY = Policy
section-PAYMENTS = Payments
upload-done = The file "{ $name }" is in the "{ $section }" section of the deal "{ $title }".
upload-done-version = The file "{ $name }" is updated (version { $version }) in the "{ $section }" section of the deal "{ $title }".
upload-refused = The file was not saved: { $reason }
upload-too-big-for-telegram = Telegram does not give bots files over 20 MB. Upload this one in the web app.

help =
    What I can do:
    • "My tasks": your open tasks — take into work, mark done, comment.
    • "For today": deals due for review today — snooze or open them.
    • "Deal note": a note in a deal's journal (/note).
    • "Payment": record a payment received against an instalment (/payment).
    • "Quick deal": client, phone and note → a new deal (/deal).
    • Send a photo or a file and I will put it into the chosen deal's folder.
    /cancel — cancel the action under way.
