# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Case
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

        # A new request about the same person in the same topic joins a case in one of these.
        OPEN_STATES = %i[requested mediating report_draft awaiting_statements voting decided].freeze

        Transition = Struct.new(:from, :to, :roles, keyword_init: true)

        # States in which a case has ended for its requesters: the forgiveness
        # period of a subject's history counts from the moment a case reaches one.
        ENDED_STATES = %i[resolved withdrawn closed archived].freeze
        ESCALATED_STATES = %i[report_draft awaiting_statements voting decided].freeze

        # `assigned_mediator` is the case's own mediator; `mediator` is anyone in
        # the mediator groups. Only the assigned mediator (or staff) speaks for a case.
        TRANSITIONS = {
          claim: Transition.new(from: %i[requested], to: :mediating, roles: %i[mediator moderator]),
          # Hands the case to a chosen mediator, whether it had one or not.
          assign:
            Transition.new(
              from: %i[requested mediating],
              to: :mediating,
              roles: %i[mediator moderator],
            ),
          # The last requester withdrew; while others still ask, the case goes on.
          withdraw:
            Transition.new(from: %i[requested mediating], to: :withdrawn, roles: %i[requester]),
          resolve:
            Transition.new(
              from: %i[mediating],
              to: :resolved,
              roles: %i[assigned_mediator moderator],
            ),
          escalate:
            Transition.new(
              from: %i[mediating],
              to: :report_draft,
              roles: %i[assigned_mediator moderator],
            ),
          submit_report:
            Transition.new(
              from: %i[report_draft],
              to: :awaiting_statements,
              roles: %i[mediator moderator],
            ),
          # The statement window ended (system), or the subject waived it.
          open_vote:
            Transition.new(from: %i[awaiting_statements], to: :voting, roles: %i[system subject]),
          close_ballot: Transition.new(from: %i[voting], to: :decided, roles: %i[system]),
          implement: Transition.new(from: %i[decided], to: :closed, roles: %i[moderator]),
          archive: Transition.new(from: %i[closed], to: :archived, roles: %i[system moderator]),
        }.freeze

        EVENTS = TRANSITIONS.keys.freeze

        Action = Struct.new(:states, :roles, keyword_init: true)

        # What mediators do within a state, without moving the case.
        ACTIONS = {
          add_note: Action.new(states: STATES - %i[archived], roles: %i[mediator moderator]),
          manage_people:
            Action.new(states: %i[requested mediating report_draft], roles: %i[mediator moderator]),
          step_in: Action.new(states: %i[mediating], roles: %i[assigned_mediator moderator]),
          edit_report: Action.new(states: %i[report_draft], roles: %i[assigned_mediator moderator]),
          # Further posts the report cites, and taking one off again: until
          # the report is submitted, so the person concerned is told them all.
          attach_post:
            Action.new(states: %i[mediating report_draft], roles: %i[assigned_mediator moderator]),
          # Evidence of conduct outside the forum, on the same terms (only
          # such a case offers it: CaseSerializer#available_actions).
          add_evidence:
            Action.new(states: %i[mediating report_draft], roles: %i[assigned_mediator moderator]),
          # The person concerned, and the people the report names as affected.
          submit_statement:
            Action.new(states: %i[awaiting_statements], roles: %i[subject affected]),
          request_extension: Action.new(states: %i[awaiting_statements], roles: %i[subject]),
          # Before the ballot opens: that a named voter step aside, and a
          # moderator not on the roll deciding it (checked by the service).
          request_recusal: Action.new(states: %i[awaiting_statements], roles: %i[subject]),
          decide_recusal: Action.new(states: %i[awaiting_statements], roles: %i[moderator]),
          # Never by the report's author: the service checks that.
          decide_extension:
            Action.new(states: %i[awaiting_statements], roles: %i[mediator moderator]),
          # Urgent cases only (checked by the service): until the decision, never longer.
          interim_suspend:
            Action.new(states: %i[report_draft awaiting_statements voting], roles: %i[moderator]),
          # Once what arrived after their own statement opened a time for it
          # (checked by the service): before the vote, and while it runs.
          answer_statement: Action.new(states: %i[awaiting_statements voting], roles: %i[subject]),
          # A voter's question, answered by the mediators into the case file.
          answer_question: Action.new(states: %i[voting], roles: %i[mediator moderator]),
          # Once, within the appeal time after being told (checked by the service).
          appeal: Action.new(states: %i[closed], roles: %i[subject]),
          # Before a sanction's review date, once: what the moderators read
          # when they review it.
          review_statement: Action.new(states: %i[closed archived], roles: %i[subject]),
          # Once, to a private reminder: later voters read it with the reminder.
          answer_reminder: Action.new(states: %i[resolved], roles: %i[subject]),
          # At a sanction's review date (checked by the service): end it early or keep it.
          review: Action.new(states: %i[closed archived], roles: %i[moderator]),
          # A coaching outcome (checked by the services): the case's mediator
          # proposes the plan, records each check-in and the result; the
          # person concerned agrees to the plan or asks for changes, and
          # writes the summary.
          coach: Action.new(states: %i[closed archived], roles: %i[assigned_mediator moderator]),
          answer_coaching: Action.new(states: %i[closed archived], roles: %i[subject]),
          # A recommendation to the people who run other spaces the person
          # concerned is active in, once the outcome is carried out; they
          # read it and may answer it before a moderator passes it on.
          recommend: Action.new(states: %i[closed], roles: %i[moderator]),
          answer_recommendation: Action.new(states: %i[closed archived], roles: %i[subject]),
          pass_on_recommendation: Action.new(states: %i[closed archived], roles: %i[moderator]),
        }.freeze

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
          if !STATES.include?(from)
            raise RefusedTransition.new(:unknown_state, "unknown state #{from}")
          end
          if !transition.from.include?(from)
            raise RefusedTransition.new(:wrong_state, "cannot #{event} a case that is #{from}")
          end
          if (Array(roles).map(&:to_sym) & transition.roles).empty?
            raise RefusedTransition.new(
                    :not_permitted,
                    "#{Array(roles).join(", ")} may not #{event}",
                  )
          end
          transition.to
        end

        # Nil when these roles may take `action` in `state`; otherwise RefusedTransition.
        def permit!(action:, state:, roles:)
          rule = ACTIONS[action.to_sym]
          raise RefusedTransition.new(:unknown_event, "unknown action #{action}") if !rule
          if !STATES.include?(state.to_sym)
            raise RefusedTransition.new(:unknown_state, "unknown state #{state}")
          end
          if !rule.states.include?(state.to_sym)
            raise RefusedTransition.new(:wrong_state, "cannot #{action} on a case that is #{state}")
          end
          if (Array(roles).map(&:to_sym) & rule.roles).empty?
            raise RefusedTransition.new(
                    :not_permitted,
                    "#{Array(roles).join(", ")} may not #{action}",
                  )
          end
          nil
        end

        # Could these roles ever take this event or action, in a state that allows it?
        def role_may?(name, roles:)
          rule = TRANSITIONS[name.to_sym] || ACTIONS[name.to_sym]
          return false if rule.nil?
          (Array(roles).map(&:to_sym) & rule.roles).any?
        end

        # Does the case's state allow this event or action, whoever asks?
        def state_allows?(name, state:)
          if (transition = TRANSITIONS[name.to_sym])
            transition.from.include?(state.to_sym)
          elsif (action = ACTIONS[name.to_sym])
            action.states.include?(state.to_sym)
          else
            false
          end
        end

        def may?(name, state:, roles:)
          role_may?(name, roles:) && state_allows?(name, state:)
        end

        # Events and actions alike.
        def check!(name, state:, roles:)
          if ACTIONS.key?(name.to_sym)
            permit!(action: name, state:, roles:)
          else
            transition(from: state, event: name, roles:)
          end
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

        # Everything these roles may do now, events then actions: the case page's buttons.
        def available_actions(state:, roles:)
          available_events(state:, roles:) +
            ACTIONS.keys.select do |action|
              permit!(action:, state:, roles:)
              true
            rescue RefusedTransition
              false
            end
        end

        def open?(state)
          OPEN_STATES.include?(state.to_sym)
        end

        def ended?(state)
          ENDED_STATES.include?(state.to_sym)
        end

        def requester_status(state)
          REQUESTER_STATUS.fetch(state.to_sym)
        end
      end
    end
  end
end
