-- Closeloop schema, version 10: the working group's count of open overdue
-- items per service and severity is answered from two indexes, without
-- reading an action item or a COE row. At 500,000 items the overdue ones
-- are spread over the whole table, and reading each item and then its COE
-- from a cold disk took most of a second; the two indexes are a few
-- megabytes read in order.

-- The open items by due date, with what says where each came from.
DROP INDEX action_items_status_due;
CREATE INDEX action_items_status_due ON action_items(status, due_on, owner_id, coe_id, orr_answer_id);

-- Every COE's service and severity: still the index for a service's COEs.
DROP INDEX coes_service;
CREATE INDEX coes_service ON coes(service_id, severity);
