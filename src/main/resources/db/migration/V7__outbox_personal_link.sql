-- A stored message carrying the recipient's personal link is split where their token goes: the
-- body columns keep what comes before the token, these new ones what comes after (null: no
-- personal link). It replaces a placeholder text replaced wherever it occurred at send time: a
-- participant could type that placeholder into their name and receive other participants' tokens.

alter table outbox_messages add column text_after_token text;
alter table outbox_messages add column html_after_token text;

-- Messages written before: an agenda body holding the placeholder exactly once holds it where its
-- template put the link, and is split there. A body holding it more than once (someone typed it)
-- is left without personal link: its placeholders stay text, never become a token.
update outbox_messages
   set text_after_token = substring(text_body from position('__OPENMAP_PERSONAL_TOKEN__' in text_body) + 26),
       text_body = substring(text_body from 1 for position('__OPENMAP_PERSONAL_TOKEN__' in text_body) - 1)
 where kind in ('AGENDA', 'AGENDA_CHANGED')
   and length(text_body) - length(replace(text_body, '__OPENMAP_PERSONAL_TOKEN__', '')) = 26;

update outbox_messages
   set html_after_token = substring(html_body from position('__OPENMAP_PERSONAL_TOKEN__' in html_body) + 26),
       html_body = substring(html_body from 1 for position('__OPENMAP_PERSONAL_TOKEN__' in html_body) - 1)
 where kind in ('AGENDA', 'AGENDA_CHANGED')
   and length(html_body) - length(replace(html_body, '__OPENMAP_PERSONAL_TOKEN__', '')) = 26;
