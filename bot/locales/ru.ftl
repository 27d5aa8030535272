# Russian: the default language of the bot.
error-generic = Извините, что-то пошло не так. Попробуйте ещё раз чуть позже.
error-forbidden = Это действие вам недоступно.
error-not-found = Не нашёл: возможно, это удалено или вам недоступно.
error-conflict = Данные успели измениться. Откройте список заново и повторите.
error-rate-limited = Слишком много попыток. Попробуйте позже.
error-bad-input = Проверьте значение ({ $field }): { $message }

unlinked =
    Я CRM-бот вашей брокерской компании. Чтобы пользоваться мной, привяжите Telegram:
    откройте CRM → Настройки → «Получить код привязки» и отправьте мне полученную команду /start КОД.
link-done = Готово, { $name }! Telegram привязан к вашей учётной записи CRM.
link-failed = Код не подошёл: он неверный или устарел. Получите новый в CRM (Настройки → «Получить код привязки»).
link-conflict = Этот Telegram уже привязан к другой учётной записи. Сначала отвяжите его там.
welcome = Здравствуйте, { $name }! Выберите действие в меню.
menu-hint = Не понял. Выберите действие в меню.
cancelled = Отменено.
cancel-hint = Отправьте /cancel, чтобы отменить.

menu-tasks = Мои задачи
menu-today = На сегодня
menu-note = Заметка к сделке
menu-payment = Платёж
menu-quick-deal = Быстрая сделка

tasks-empty = Открытых задач нет.
tasks-title = Мои задачи (стр. { $page }):
task-line = { $n }. { $title }{ $due }{ $deal } — { $status }
task-due = , срок { $date }
task-deal = , сделка «{ $deal }»
task-status-NEW = новая
task-status-IN_PROGRESS = в работе
task-status-DONE = выполнена
task-status-CANCELLED = отменена
task-take = ▶ { $n }
task-done = ✔ { $n }
task-comment = 💬 { $n }
task-taken = Задача «{ $title }» взята в работу.
task-completed = Задача «{ $title }» выполнена.
task-comment-ask = Напишите комментарий к задаче «{ $title }».
task-commented = Комментарий добавлен.
page-next = Дальше →
page-prev = ← Назад

today-empty = На сегодня сделок для проработки нет.
today-title = Сделки на сегодня (стр. { $page }):
deal-line = { $n }. { $title } — { $client }
snooze-day = { $n }: +1 день
snooze-week = { $n }: +1 неделя
snooze-custom = { $n }: другой срок
open-deal = { $n }: открыть
snooze-reason = Отложено в Telegram
snooze-done = Сделка «{ $title }» отложена до { $date }.
snooze-ask-days = На сколько дней отложить сделку «{ $title }»? Отправьте число от 1 до 365.
snooze-bad-days = Нужно целое число дней от 1 до 365.

deal-pick = Выберите сделку из недавних или отправьте часть названия или имени клиента для поиска.
deal-none-found = Ничего не нашёл. Попробуйте другой запрос.
note-ask = Напишите заметку к сделке «{ $title }».
note-added = Заметка добавлена в журнал сделки «{ $title }».

payment-no-policies = У сделки «{ $title }» нет полисов.
payment-pick-policy = Выберите полис:
payment-no-instalments = По этому полису нет неоплаченных взносов.
payment-pick-instalment = Выберите взнос:
instalment-line = { $date }: осталось { $outstanding } { $currency }
payment-ask-amount = Сколько получено? Отправьте сумму (например, 1500.50) или нажмите кнопку.
payment-full = Весь остаток: { $amount }
payment-bad-amount = Сумма — положительное число, не больше двух знаков после запятой, например 1500.50.
payment-over = { $amount } { $currency } — больше остатка по взносу ({ $outstanding } { $currency }). Записать переплату?
payment-over-yes = Да, записать переплату
payment-over-no = Нет, ввести другую сумму
payment-pick-method = Способ оплаты:
method-BANK_TRANSFER = Перевод
method-CARD = Карта
method-CASH = Наличные
method-OTHER = Другое
payment-recorded = Платёж { $amount } { $currency } записан. Остаток по взносу: { $outstanding } { $currency }.
payment-note = Записано через Telegram

quick-ask-name = Имя клиента (фамилия и имя)?
quick-ask-phone = Телефон клиента?
quick-ask-note = Заметка к сделке (или «-», если без заметки)?
quick-duplicate = Похоже, такой клиент уже есть: { $names }. Использовать существующего?
quick-use-existing = Взять: { $name }
quick-create-new = Создать нового
quick-deal-title = Сделка: { $name }
quick-created = Сделка «{ $title }» создана для клиента { $client }.
quick-created-duplicates = Внимание: новый клиент похож на уже существующих: { $names }.

upload-where = Файл «{ $name }» получен. В какую сделку его положить?
upload-pick-section = В какой раздел папки сделки?
section-CLIENT_DOCUMENTS = Документы клиента
section-CALCULATIONS = Расчёты
section-POLICY = Полис
section-PAYMENTS = Платежи
upload-done = Файл «{ $name }» добавлен в раздел «{ $section }» сделки «{ $title }».
upload-done-version = Файл «{ $name }» обновлён (версия { $version }) в разделе «{ $section }» сделки «{ $title }».
upload-refused = Файл не сохранён: { $reason }
upload-too-big-for-telegram = Telegram не отдаёт ботам файлы больше 20 МБ. Загрузите этот файл в веб-приложении.

help =
    Что я умею:
    • «Мои задачи» — открытые задачи: взять в работу, выполнить, прокомментировать.
    • «На сегодня» — сделки на пересмотр сегодня, отложить или открыть.
    • «Заметка к сделке» — запись в журнал сделки (/note).
    • «Платёж» — записать полученный платёж по взносу (/payment).
    • «Быстрая сделка» — клиент, телефон и заметка → новая сделка (/deal).
    • Пришлите фото или файл — я положу его в папку выбранной сделки.
    /cancel — отменить начатое действие.
