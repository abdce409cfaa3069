# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Ballot
      # Who may not vote on a case, even from a voter group: the person concerned,
      # everyone who asked for help, everyone who acted as its mediator, the
      # people the report names as affected, and everyone else who acted on it
      # (an interim measure, a decision on a request, carrying out, a review).
      module Recusal
        module_function

        # The reason a user is recused, or nil when they may vote.
        def reason(
          user_id:,
          subject_ids:,
          requester_ids:,
          mediator_ids:,
          affected_ids: [],
          acted_ids: []
        )
          return :subject if subject_ids.include?(user_id)
          return :requester if requester_ids.include?(user_id)
          return :mediator if mediator_ids.include?(user_id)
          return :affected if affected_ids.include?(user_id)
          return :acted if acted_ids.include?(user_id)
          nil
        end

        # How many voters the person concerned may ask to step aside: a third
        # of the roll, and at least one, so no request can empty or pick it.
        def request_cap(roll_size)
          [roll_size / 3, 1].max
        end

        def eligible(
          voter_ids:,
          subject_ids:,
          requester_ids:,
          mediator_ids:,
          affected_ids: [],
          acted_ids: []
        )
          voter_ids.uniq.reject do |id|
            reason(
              user_id: id,
              subject_ids:,
              requester_ids:,
              mediator_ids:,
              affected_ids:,
              acted_ids:,
            )
          end
        end
      end
    end
  end
end
