# frozen_string_literal: true

module DiscourseMediation
  # The life of a case, from "I need help" to the archive: its states, the
  # events that move it, and who may take each event. Plain Ruby, so that the
  # rules can be read and tested without Discourse.
  module Lifecycle
    class RefusedTransition < StandardError
      attr_reader :reason

      def initialize(reason, message)
        @reason = reason
        super(message)
      end
    end

    STATES = %i[
      requested
      mediating
      resolved
      withdrawn
      report_draft
      awaiting_statements
      voting
      decided
      closed
      archived
    ].freeze

    # A new request on a topic with a case in one of these joins that case.
    OPEN_STATES = %i[requested mediating report_draft awaiting_statements voting decided].freeze

    Transition = Struct.new(:from, :to, :roles, keyword_init: true)

    TRANSITIONS = {
      claim: Transition.new(from: %i[requested], to: :mediating, roles: %i[mediator moderator]),
      withdraw: Transition.new(from: %i[requested mediating], to: :withdrawn, roles: %i[requester]),
      resolve: Transition.new(from: %i[mediating], to: :resolved, roles: %i[mediator moderator]),
      escalate: Transition.new(from: %i[mediating], to: :report_draft, roles: %i[mediator moderator]),
      submit_report:
        Transition.new(
          from: %i[report_draft],
          to: :awaiting_statements,
          roles: %i[mediator moderator],
        ),
      # The statement window ended (system), or the subject waived it.
      open_vote: Transition.new(from: %i[awaiting_statements], to: :voting, roles: %i[system subject]),
      close_ballot: Transition.new(from: %i[voting], to: :decided, roles: %i[system]),
      implement: Transition.new(from: %i[decided], to: :closed, roles: %i[moderator]),
      archive: Transition.new(from: %i[closed], to: :archived, roles: %i[system moderator]),
    }.freeze

    EVENTS = TRANSITIONS.keys.freeze

    # How a requester reads each state: they learn where the case stands,
    # never what was decided about someone else.
    REQUESTER_STATUS = {
      requested: :waiting,
      mediating: :mediating,
      resolved: :resolved,
      withdrawn: :withdrawn,
      report_draft: :in_review,
      awaiting_statements: :in_review,
      voting: :in_review,
      decided: :in_review,
      closed: :concluded,
      archived: :concluded,
    }.freeze

    module_function

    # The state after `event`, or RefusedTransition saying why not.
    def transition(from:, event:, roles:)
      from = from.to_sym
      transition = TRANSITIONS[event.to_sym]
      raise RefusedTransition.new(:unknown_event, "unknown event #{event}") if !transition
      raise RefusedTransition.new(:unknown_state, "unknown state #{from}") if !STATES.include?(from)
      if !transition.from.include?(from)
        raise RefusedTransition.new(:wrong_state, "cannot #{event} a case that is #{from}")
      end
      if (Array(roles).map(&:to_sym) & transition.roles).empty?
        raise RefusedTransition.new(:not_permitted, "#{Array(roles).join(", ")} may not #{event}")
      end
      transition.to
    end

    def allowed?(from:, event:, roles:)
      transition(from:, event:, roles:)
      true
    rescue RefusedTransition
      false
    end

    # The events these roles may take now: what the server offers the UI.
    def available_events(state:, roles:)
      EVENTS.select { |event| allowed?(from: state, event:, roles:) }
    end

    def open?(state)
      OPEN_STATES.include?(state.to_sym)
    end

    def requester_status(state)
      REQUESTER_STATUS.fetch(state.to_sym)
    end
  end
end
