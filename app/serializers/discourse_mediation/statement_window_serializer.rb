# frozen_string_literal: true

module DiscourseMediation
  # The window for statements, serialized from the case (`StatementWindowState`
  # in lib/types/). Why more time was asked follows CaseDisclosure.
  class StatementWindowSerializer < ApplicationSerializer
    attributes :deadline,
               :closes_at,
               :open,
               :waived_at,
               :extension_requested_at,
               :extension_reason,
               :extension_decision,
               :extension_decision_reason,
               :extension_decision_due_at

    def deadline
      object.statement_deadline_at
    end

    def closes_at
      object.statement_closes_at
    end

    def open
      object.statement_window_open?
    end

    def extension_reason
      options.fetch(:disclosure).extension_reason
    end
  end
end
