# frozen_string_literal: true

module DiscourseMediation
  module Rules
    # The roles one user holds on one case, in the words the lifecycle uses.
    module CaseRoles
      module_function

      def for(user_id:, staff:, mediator:, case_mediator_id:, requester_ids: [], subject_ids: [], affected_ids: [])
        return [] if user_id.nil?

        roles = []
        roles << :moderator if staff
        mediates = mediator || staff
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
