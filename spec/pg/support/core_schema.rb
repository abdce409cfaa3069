# frozen_string_literal: true

# The core tables the plugin reads and writes, with the columns it (or the
# stand-ins) use, typed as in Discourse's db/schema. Not Discourse's schema:
# just enough of it for the plugin's own migrations and queries to run.
module CoreSchema
  module_function

  def create!
    ActiveRecord::Schema.define do
      create_table :users, id: :serial do |t|
        t.string :username, null: false
        t.string :username_lower, null: false
        t.string :name
        t.boolean :admin, null: false, default: false
        t.boolean :moderator, null: false, default: false
        t.boolean :active, null: false, default: true
        t.boolean :staged, null: false, default: false
        t.integer :trust_level, null: false, default: 1
        t.datetime :suspended_at
        t.datetime :suspended_till
        t.datetime :silenced_till
        t.timestamps
      end
      add_index :users, :username_lower, unique: true

      create_table :anonymous_users do |t|
        t.integer :user_id, null: false
        t.integer :master_user_id, null: false
        t.boolean :active, null: false
        t.timestamps
      end
      add_index :anonymous_users, :user_id, unique: true

      create_table :groups, id: :serial do |t|
        t.string :name, null: false
        t.boolean :automatic, null: false, default: false
        t.timestamps
      end
      add_index :groups, :name, unique: true

      create_table :group_users, id: :serial do |t|
        t.integer :group_id, null: false
        t.integer :user_id, null: false
        t.timestamps
      end
      add_index :group_users, %i[group_id user_id], unique: true

      create_table :categories, id: :serial do |t|
        t.string :name, null: false
        t.boolean :read_restricted, null: false, default: false
        t.timestamps
      end

      create_table :category_groups, id: :serial do |t|
        t.integer :category_id, null: false
        t.integer :group_id, null: false
        t.integer :permission_type, default: 1
        t.timestamps
      end

      create_table :topics, id: :serial do |t|
        t.string :title, null: false
        t.string :archetype, null: false, default: "regular"
        t.string :subtype
        t.integer :category_id
        t.integer :user_id
        t.boolean :closed, null: false, default: false
        t.boolean :archived, null: false, default: false
        t.boolean :visible, null: false, default: true
        t.integer :slow_mode_seconds, null: false, default: 0
        t.datetime :deleted_at
        t.timestamps
      end

      create_table :posts, id: :serial do |t|
        t.integer :topic_id, null: false
        t.integer :user_id
        t.integer :post_number, null: false
        t.text :raw, null: false
        t.text :cooked
        t.integer :post_type, null: false, default: 1
        t.string :action_code
        t.boolean :hidden, null: false, default: false
        t.datetime :deleted_at
        t.timestamps
      end
      add_index :posts, %i[topic_id post_number], unique: true

      create_table :post_custom_fields, id: :serial do |t|
        t.integer :post_id, null: false
        t.string :name, null: false
        t.text :value
        t.timestamps
      end

      create_table :topic_allowed_users, id: :serial do |t|
        t.integer :topic_id, null: false
        t.integer :user_id, null: false
        t.timestamps
      end
      add_index :topic_allowed_users, %i[topic_id user_id], unique: true

      create_table :topic_allowed_groups, id: :serial do |t|
        t.integer :topic_id, null: false
        t.integer :group_id, null: false
      end
      add_index :topic_allowed_groups, %i[topic_id group_id], unique: true

      create_table :uploads, id: :serial do |t|
        t.integer :user_id, null: false
        t.string :original_filename, null: false
        t.bigint :filesize, null: false
        t.string :url, null: false
        t.string :sha1, limit: 40
        t.string :extension, limit: 10
        t.integer :width
        t.integer :height
        t.boolean :secure, null: false, default: false
        t.timestamps
      end
      add_index :uploads, :sha1, unique: true

      create_table :user_uploads do |t|
        t.integer :upload_id, null: false
        t.integer :user_id, null: false
        t.datetime :created_at, null: false
      end
      add_index :user_uploads, %i[upload_id user_id], unique: true

      create_table :upload_references do |t|
        t.bigint :upload_id, null: false
        t.string :target_type, null: false
        t.bigint :target_id, null: false
        t.timestamps
      end
      add_index :upload_references,
                %i[upload_id target_type target_id],
                unique: true,
                name: "index_upload_references_on_upload_and_target"

      create_table :topic_timers, id: :serial do |t|
        t.integer :topic_id, null: false
        t.integer :user_id
        t.integer :status_type, null: false
        t.datetime :execute_at, null: false
        t.boolean :public_type, default: true
        t.datetime :deleted_at
        t.timestamps
      end
    end
  end

  # Discourse's fixtures: the system user (id -1), the automatic groups and the
  # Uncategorized category.
  def seed!
    now = Time.zone.now
    User.insert_all!(
      [
        {
          id: -1,
          username: "system",
          username_lower: "system",
          admin: true,
          trust_level: 4,
          created_at: now,
          updated_at: now,
        },
      ],
    )
    Group.insert_all!(
      Group::AUTO_GROUPS.map do |name, id|
        { id:, name: name.to_s, automatic: true, created_at: now, updated_at: now }
      end,
    )
    ActiveRecord::Base.connection.execute("SELECT setval('groups_id_seq', 100)")
    Category.insert_all!(
      [
        {
          id: SiteSetting.uncategorized_category_id,
          name: "Uncategorized",
          created_at: now,
          updated_at: now,
        },
      ],
    )
    ActiveRecord::Base.connection.execute("SELECT setval('categories_id_seq', 100)")
  end
end
