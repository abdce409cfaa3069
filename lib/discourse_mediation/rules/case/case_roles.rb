# frozen_string_literal: true

module DiscourseMediation
  module Rules
    module Case
      # The roles one user holds on one case, in the words the lifecycle uses.
      module CaseRoles
        module_function

        # Someone the case is about or with (`involved_ids`: the people involved
        # and everyone who ever asked for help, withdrawn or not) holds no
        # mediator or moderator role on it, whatever their groups.
        def for(
          user_id:,
          staff:,
          mediator:,
          case_mediator_id:,
          requester_ids: [],
          subject_ids: [],
          affected_ids: [],
          involved_ids: []
        )
          return [] if user_id.nil?

          conflicted = (involved_ids + requester_ids + subject_ids + affected_ids).include?(user_id)
          roles = []
          roles << :moderator if staff && !conflicted
          mediates = (mediator || staff) && !conflicted
          roles << :mediator if mediates
          roles << :assigned_mediator if mediates && case_mediator_id == user_id
          roles << :requester if requester_ids.include?(user_id)
          roles << :subject if subject_ids.include?(user_id)
          roles << :affected if affected_ids.include?(user_id)
          roles << :member if roles.empty?
          roles
        end
      end
    end
  end
end
