# frozen_string_literal: true

module DiscourseMediation
  # A further post a mediator attached to a case, with why it matters. The
  # case's own post stays the first; the report cites these after it.
  class AttachedPost < ActiveRecord::Base
    self.table_name = "discourse_mediation_attached_posts"

    NOTE_MAX_LENGTH = 1000
    # The most a case may have: a pattern, not a file of everything.
    MAX_PER_CASE = 20

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :attached_posts
    belongs_to :post
    belongs_to :added_by, class_name: "User"

    validates :note, presence: true, length: { maximum: NOTE_MAX_LENGTH }

    # Within its topic, as the case's own post is linked (with the forum's
    # subfolder); nil once the post or its topic is gone.
    def url
      topic = post&.topic
      topic && "#{topic.relative_url}/#{post.post_number}"
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_attached_posts
#
#  id          :bigint           not null, primary key
#  case_id     :integer          not null
#  post_id     :integer          not null
#  added_by_id :integer          not null
#  note        :text             not null
#  created_at  :datetime         not null
#  updated_at  :datetime         not null
#
# Indexes
#
#  idx_mediation_attached_posts_once  (case_id,post_id) UNIQUE
#
